/**
 * V8's precise block coverage of this process (or worker thread): how often each function and
 * basic block ran, node_modules included. It starts when this module is evaluated, so import it
 * before anything it is to measure: V8 counts the blocks of functions compiled after the start
 * only (code compiled before reports its calls at most).
 */
import { Session } from 'node:inspector';

export type ScriptCoverage = {
  scriptId: string;
  url: string;
  functions: { functionName: string; ranges: { startOffset: number; count: number }[] }[];
};

const session = new Session();
session.connect();
let open = true;
let debuggerEnabled = false;

/** A session on this thread answers at once, inside `post`: the call is synchronous. */
function post<T>(method: string, params?: object): T {
  let answer: { error: Error | null; result: unknown } | undefined;
  session.post(method, params, (error, result) => (answer = { error, result }));
  if (answer === undefined) throw new Error(`The inspector did not answer ${method} at once`);
  if (answer.error) throw answer.error;
  return answer.result as T;
}

post('Profiler.enable');
post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });

/** The counts since the last call (taking coverage resets them). */
export function takeCoverage(): ScriptCoverage[] {
  if (!open) throw new Error('Coverage was stopped (stopCoverage)');
  return post<{ result: ScriptCoverage[] }>('Profiler.takePreciseCoverage').result;
}

/** The code V8 ran for a script of a coverage (for `--explain`: transformed TypeScript, with its inline source map). */
export function scriptSource(scriptId: string): string {
  if (!debuggerEnabled) post('Debugger.enable');
  debuggerEnabled = true;
  return post<{ scriptSource: string }>('Debugger.getScriptSource', { scriptId }).scriptSource;
}

/** Stops counting and closes the session (afterAll), so that no later test runs under coverage. */
export function stopCoverage(): void {
  if (!open) return;
  open = false;
  post('Profiler.stopPreciseCoverage');
  post('Profiler.disable');
  if (debuggerEnabled) post('Debugger.disable');
  session.disconnect();
}
