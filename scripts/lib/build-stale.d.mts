/** The files and folders (relative to the project root) that go into `next build`. */
export declare const BUILD_SOURCES: readonly string[];
/** Whether the build in `root`/.next is missing or older than a source (root: absolute path). */
export declare function buildIsStale(root: string): boolean;
