/**
 * The VS Code side of coexistence (src/core/features/coexistence.ts): which peer extensions are installed, the
 * `containment.coexistence` setting, and one output-channel line per file saying what was left to them.
 */
import * as vscode from 'vscode';
import { applyCoexistence, describeHidden, PEER_EXTENSIONS, type CoexistenceMode, type PeerExtension } from '../core/features/coexistence';
import type { Finding } from '../core/base/model/finding';
import { output } from './output';

function installedPeers(): PeerExtension[] {
  // installed and enabled is enough: the peer activates on the same documents, maybe after us
  return PEER_EXTENSIONS.filter((peer) => !!vscode.extensions.getExtension(peer.id));
}

function mode(scope: vscode.Uri): CoexistenceMode {
  return vscode.workspace.getConfiguration('containment', scope).get('coexistence') === 'showAll' ? 'showAll' : 'auto';
}

const lastNote = new Map<string, string>();

/** The findings to show for `uri`; what another extension already shows is left out and said once per change. */
export function visibleFindings(uri: vscode.Uri, findings: Finding[]): Finding[] {
  const { shown, hidden } = applyCoexistence(findings, installedPeers(), mode(uri));
  const note = describeHidden(vscode.workspace.asRelativePath(uri), hidden);
  const key = uri.toString();
  if (note && lastNote.get(key) !== note) output().info(note);
  if (note) lastNote.set(key, note);
  else lastNote.delete(key);
  return shown;
}
