/**
 * Rule messages that write out a knowledge-table note (so that it can be translated) must keep saying what the table
 * says: this fails when the table's wording changes and the message template does not.
 */
import * as assert from 'assert';
import { describeImage } from '../../../src/core/knowledge';
import { parseImageRef } from '../../../src/core/base/model/image-ref';
import { findingsOf } from '../helpers';

describe('l10n: knowledge notes written into message templates', () => {
  it("container-runs-as-root's node message ends with the node image's default-user note", () => {
    const note = describeImage(parseImageRef('node:20')).defaultUserNote;
    assert.ok(note);
    const [finding] = findingsOf('FROM node:20\nCMD ["node", "server.js"]\n', 'container-runs-as-root');
    assert.strictEqual(finding.messageId, 'nodeRunsAsRoot');
    assert.ok(finding.message.endsWith(` (${note}.)`), finding.message);
  });
});
