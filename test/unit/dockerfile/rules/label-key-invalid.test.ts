import * as assert from 'assert';
import { expectNone, expectOne, findingsOf } from '../../helpers';

const R = 'label-key-invalid';

describe('label-key-invalid (DL3048)', () => {
  it('points at the key, naming why it breaks the format', () => {
    const f = expectOne('FROM alpine:3.22\nLABEL Version="2.1"\n', R, 'Version');
    assert.deepStrictEqual(f.aliases, ['DL3048']);
    assert.strictEqual(f.severity, 'info');
    assert.strictEqual(f.messageId, 'characters');
    assert.strictEqual(expectOne('FROM alpine:3.22\nLABEL io.docker.team="x"\n', R, 'io.docker.team').messageId, 'reserved');
    assert.strictEqual(expectOne('FROM alpine:3.22\nLABEL 2fa.enabled="x"\n', R, '2fa.enabled').messageId, 'edges');
    assert.strictEqual(expectOne('FROM alpine:3.22\nLABEL -owner="x"\n', R, '-owner').messageId, 'edges');
    assert.strictEqual(expectOne('FROM alpine:3.22\nLABEL org.acme.="x"\n', R, 'org.acme.').messageId, 'edges');
    assert.strictEqual(expectOne('FROM alpine:3.22\nLABEL org..acme="x"\n', R, 'org..acme').messageId, 'doubled');
    assert.strictEqual(expectOne('FROM alpine:3.22\nLABEL team--name="x"\n', R, 'team--name').messageId, 'doubled');
    expectOne('FROM alpine:3.22\nLABEL "build date"="today"\n', R, '"build date"');
  });

  it('one finding per bad key of a multi-key LABEL, ONBUILD LABEL included', () => {
    const text = 'FROM alpine:3.22\nLABEL org.acme.ok="1" \\\n      Owner="me" \\\n      com.docker.x="2"\n';
    assert.deepStrictEqual(findingsOf(text, R).map((f) => f.messageId), ['characters', 'reserved']);
    expectOne('FROM alpine:3.22\nONBUILD LABEL Team=core\n', R, 'Team');
  });

  it('does not fire on keys in the format, on tolerated _ and /, or on keys made from variables', () => {
    expectNone('FROM alpine:3.22\nLABEL org.opencontainers.image.source="https://example.com/r" maintainer="me" build3=yes\n', R);
    expectNone('FROM alpine:3.22\nLABEL org.acme.build_id=7 org.acme/team=core\n', R);
    expectNone('FROM alpine:3.22\nARG NS\nLABEL ${NS}.version=1\n', R);
  });
});
