/**
 * Is the process recorded as a data directory's owner still its owner? `kill(pid, 0)` alone says
 * yes for two processes that are not:
 * - a zombie: killed (`kill -9`) but not yet reaped by its parent. It still has a pid, but runs no
 *   code and holds no files; a supervisor that restarts at once would be refused.
 * - a stranger: the pid was reused by an unrelated process after the owner died.
 * On Linux /proc tells them apart: the state in `/proc/PID/stat` (Z zombie, X dead, proc(5),
 * https://man7.org/linux/man-pages/man5/proc_pid_stat.5.html) and the open files in
 * `/proc/PID/fd` (the owner keeps the database file open while it runs).
 */
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

/** What the liveness check reads about processes; a fake in tests. */
export interface ProcessTable {
  /** False where there is no /proc (macOS, Windows): only `exists` is asked then. */
  available: boolean;
  /** `/proc/PID/stat`, or null when there is no such process. */
  stat(pid: number): string | null | undefined;
  /** The targets of `/proc/PID/fd/*`, or null when they cannot be read (another user's process). */
  openFiles(pid: number): string[] | null;
  /** `kill(pid, 0)`: a process with this pid exists (EPERM counts: it belongs to someone else). */
  exists(pid: number): boolean;
}

function exists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** This machine's process table. */
export const systemProcessTable: ProcessTable = {
  available: process.platform === 'linux',
  stat(pid) {
    try {
      return readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      return null;
    }
  },
  openFiles(pid) {
    try {
      return readdirSync(`/proc/${pid}/fd`).flatMap((fd) => {
        try {
          return [readlinkSync(`/proc/${pid}/fd/${fd}`)];
        } catch {
          return []; // closed while we looked
        }
      });
    } catch {
      return null;
    }
  },
  exists,
};

/**
 * True when `pid` is a running process that holds `dbFile` (its real path) open. When its files
 * cannot be read, a running process counts as the owner: refusing is safer than two writers.
 */
export function ownerIsLive(pid: number, dbFile: string, table: ProcessTable = systemProcessTable): boolean {
  if (!table.available) return table.exists(pid);
  const stat = table.stat(pid);
  if (!stat) return false;
  // `pid (comm) state …`; comm may itself contain spaces and parentheses.
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  if (state === 'Z' || state === 'X' || state === 'x') return false;
  const files = table.openFiles(pid);
  return files === null || files.includes(dbFile);
}
