/**
 * V8's precise block coverage of this process (or worker thread), through one inspector session
 * opened on first use: how often each function and basic block ran, node_modules included.
 */
import { Session } from 'node:inspector/promises';

export type ScriptCoverage = {
  scriptId: string;
  url: string;
  functions: { functionName: string; ranges: { startOffset: number; count: number }[] }[];
};

let session: Session | undefined;
let debuggerEnabled = false;

async function profiler(): Promise<Session> {
  if (session !== undefined) return session;
  const opened = new Session();
  opened.connect();
  await opened.post('Profiler.enable');
  await opened.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  session = opened;
  return opened;
}

/** The counts since the last call (taking coverage resets them). */
export async function takeCoverage(): Promise<ScriptCoverage[]> {
  return ((await (await profiler()).post('Profiler.takePreciseCoverage')) as { result: ScriptCoverage[] }).result;
}

/** The code V8 ran for a script of a coverage (for `--explain`: transformed TypeScript, with its inline source map). */
export async function scriptSource(scriptId: string): Promise<string> {
  const opened = await profiler();
  if (!debuggerEnabled) await opened.post('Debugger.enable');
  debuggerEnabled = true;
  return ((await opened.post('Debugger.getScriptSource', { scriptId })) as { scriptSource: string }).scriptSource;
}

/** Stops counting and closes the session (afterAll), so that no later test runs under coverage. */
export async function stopCoverage(): Promise<void> {
  if (session === undefined) return;
  const closing = session;
  session = undefined;
  await closing.post('Profiler.stopPreciseCoverage');
  await closing.post('Profiler.disable');
  if (debuggerEnabled) await closing.post('Debugger.disable');
  debuggerEnabled = false;
  closing.disconnect();
}
