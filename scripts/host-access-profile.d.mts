export function unpackedExtensionId(extensionDir: string): string;
export function grantHostAccess(userDataDir: string, extensionId: string, origins: readonly string[]): void;
export function launchWithHostAccess<T>(launch: () => Promise<T & { close(): Promise<void> }>, userDataDir: string, extensionDir: string, origins: readonly string[]): Promise<T>;
