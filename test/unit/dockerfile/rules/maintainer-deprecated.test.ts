import * as assert from 'assert';
import { expectFix, expectNone, expectOne, findingsOf } from '../../helpers';

const R = 'maintainer-deprecated';
describe('maintainer-deprecated (DL4000, MaintainerDeprecated)', () => {
  it('points at MAINTAINER and tags it deprecated', () => {
    const f = expectOne('FROM alpine\nMAINTAINER Jane <j@x>\n', R, 'MAINTAINER');
    assert.deepStrictEqual(f.aliases, ['DL4000', 'MaintainerDeprecated']);
    assert.deepStrictEqual(f.tags, ['deprecated']);
  });
  it('is not also reported as a syntax warning', () => {
    assert.deepStrictEqual(findingsOf('FROM alpine\nMAINTAINER Jane\n', 'dockerfile-syntax'), []);
  });
  it('does not fire without MAINTAINER', () => {
    expectNone('FROM alpine\nLABEL org.opencontainers.image.authors="Jane"\n', R);
  });
  it('rewrites to the authors label, escaping quotes, keeping CRLF', () => {
    expectFix('FROM alpine\nMAINTAINER Jane <j@x>\n', R, 'FROM alpine\nLABEL org.opencontainers.image.authors="Jane <j@x>"\n');
    expectFix('FROM alpine\r\nMAINTAINER Jo "JJ" O\'Neil\r\nRUN true\r\n', R, 'FROM alpine\r\nLABEL org.opencontainers.image.authors="Jo \\"JJ\\" O\'Neil"\r\nRUN true\r\n');
  });
});
