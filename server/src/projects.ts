/**
 * The projects of a multi-root workspace: one `Project` (configuration, sources, index) per workspace folder.
 * A file belongs to the innermost folder that contains it; files outside every folder (and untitled
 * buffers) belong to the first folder's project.
 */
import { normalizePath } from './core/fs';
import { uriToPath } from './convert';
import { Project, type ProjectOptions } from './project';

export class ProjectSet {
  private projects: Project[] = [];
  private readonly generationListeners: ((project: Project) => void)[] = [];
  private readonly statusListeners: (() => void)[] = [];
  private readonly checkListeners: ((project: Project, uri: string) => void)[] = [];
  private readonly editorListeners: ((project: Project) => void)[] = [];

  constructor(private readonly options: (root: string | undefined) => ProjectOptions) {}

  get all(): readonly Project[] {
    return this.projects;
  }

  /** The first folder's project (or the folder-less one). */
  get primary(): Project {
    if (this.projects.length === 0) this.add(undefined);
    return this.projects[0];
  }

  add(root: string | undefined): Project {
    const project = new Project(root, this.options(root));
    project.onDidChangeGeneration(() => {
      for (const listener of this.generationListeners) listener(project);
    });
    project.onDidChangeStatus(() => {
      for (const listener of this.statusListeners) listener();
    });
    project.onDidCheck((uri) => {
      for (const listener of this.checkListeners) listener(project, uri);
    });
    project.onDidChangeEditorSettings(() => {
      for (const listener of this.editorListeners) listener(project);
    });
    // A folder-less placeholder gives way to the first real folder.
    if (this.projects.length === 1 && this.projects[0].root === undefined && root !== undefined) this.projects = [];
    this.projects.push(project);
    return project;
  }

  remove(root: string): Project | undefined {
    const normal = normalizePath(root);
    const project = this.projects.find((p) => p.root === normal);
    if (project) this.projects = this.projects.filter((p) => p !== project);
    for (const listener of this.statusListeners) listener();
    return project;
  }

  /** The project of a file: the innermost folder that contains it, else the primary project. */
  forPath(path: string): Project {
    const p = normalizePath(path);
    let best: Project | undefined;
    for (const project of this.projects) {
      const root = project.root;
      if (root === undefined) continue;
      const inside = p === root || p.startsWith(root.endsWith('/') ? root : `${root}/`);
      if (inside && (!best || root.length > best.root!.length)) best = project;
    }
    return best ?? this.primary;
  }

  forUri(uri: string): Project {
    const path = uriToPath(uri);
    return path === undefined ? this.primary : this.forPath(path);
  }

  onDidChangeGeneration(listener: (project: Project) => void): void {
    this.generationListeners.push(listener);
  }

  onDidChangeStatus(listener: () => void): void {
    this.statusListeners.push(listener);
  }

  onDidCheck(listener: (project: Project, uri: string) => void): void {
    this.checkListeners.push(listener);
  }

  onDidChangeEditorSettings(listener: (project: Project) => void): void {
    this.editorListeners.push(listener);
  }
}
