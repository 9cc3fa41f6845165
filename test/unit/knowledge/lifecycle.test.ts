import * as assert from 'assert';
import { daysBetween, eolStatus, findRelease, knowledgeNow, releaseFacts, setKnowledgeClock } from '../../../src/core/knowledge';
import { LIFECYCLES } from '../../../src/core/knowledge/lifecycle-data';

describe('knowledge: lifecycle table', () => {
  it('has a source for every product and well-formed dates, oldest release first', () => {
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    for (const product of LIFECYCLES) {
      assert.ok(product.source.length > 10, product.id);
      let previous = '';
      for (const line of product.releases) {
        for (const date of [line.eol, line.released, line.regularEnd, line.extended?.date]) {
          if (date !== undefined) assert.match(date, iso, `${product.id} ${line.cycle}`);
        }
        if (line.released) {
          assert.ok(line.released >= previous, `${product.id} ${line.cycle} out of order`);
          previous = line.released;
        }
        if (line.eol && line.released) assert.ok(line.eol > line.released, `${product.id} ${line.cycle}`);
        if (line.regularEnd && line.eol) assert.ok(line.eol >= line.regularEnd, `${product.id} ${line.cycle}`);
      }
    }
  });

  it('covers the lines the rules promise', () => {
    const expect = (product: Parameters<typeof findRelease>[0], cycles: string[]) => {
      for (const cycle of cycles) assert.ok(findRelease(product, cycle), `${product} ${cycle}`);
    };
    expect('centos', ['6', '7', '8', 'stream8', 'stream9']);
    expect('debian', ['8', '9', '10', '11', '12', 'jessie', 'stretch', 'buster', 'bullseye', 'bookworm']);
    expect('ubuntu', ['14.04', '16.04', '18.04', '20.04', '22.04', '24.04', 'trusty', 'noble']);
    expect('python', ['2.7', '3.6', '3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13']);
    expect('node', ['10', '12', '14', '16', '18', '20', '22']);
    expect('golang', ['1.20', '1.21', '1.22', '1.23']);
    expect('java', ['8', '11', '17', '21']);
    expect('alpine', ['3.12', '3.16', '3.20']);
  });

  it('finds a line from a longer version, but not a shorter or different one', () => {
    assert.strictEqual(findRelease('python', '3.8.18')?.cycle, '3.8');
    assert.strictEqual(findRelease('python', '3.15')?.cycle, undefined);
    assert.strictEqual(findRelease('node', '16.20.2')?.cycle, '16');
    assert.strictEqual(findRelease('golang', '1.2')?.cycle, undefined);
    assert.strictEqual(findRelease('debian', '10.13')?.codename, 'buster');
    assert.strictEqual(findRelease('ubuntu', '22.04.3')?.codename, 'jammy');
  });

  it('marks odd Node majors as short-lived and suggests an LTS line', () => {
    const facts = releaseFacts('node', '21', new Date('2025-01-01T00:00:00Z'));
    assert.strictEqual(facts?.lts, undefined);
    assert.strictEqual(facts?.eol?.date, '2024-06-01');
    assert.strictEqual(facts?.successor, 'Node.js 22 LTS');
  });

  it('suggests the newest line that is not about to end', () => {
    assert.strictEqual(releaseFacts('python', '3.7', new Date('2024-01-01T00:00:00Z'))?.successor, 'Python 3.12');
    assert.strictEqual(releaseFacts('debian', 'buster', new Date('2024-01-01T00:00:00Z'))?.successor, 'Debian 12 (bookworm)');
    assert.match(releaseFacts('centos', '7')!.successor!, /Rocky Linux/);
  });

  it('counts days and classifies EOL status with a 90-day window', () => {
    const now = new Date('2026-01-01T23:00:00Z');
    assert.strictEqual(daysBetween(now, '2026-01-02'), 1);
    assert.strictEqual(eolStatus(releaseFacts('node', '20', now)?.eol), 'ok');
    assert.strictEqual(eolStatus(releaseFacts('node', '20', new Date('2026-03-01T00:00:00Z'))?.eol), 'soon');
    assert.strictEqual(eolStatus(releaseFacts('node', '20', new Date('2026-05-01T00:00:00Z'))?.eol), 'past');
    assert.strictEqual(eolStatus(releaseFacts('java', '17', now)?.eol), 'unknown');
  });

  it('lets tests pin the clock', () => {
    setKnowledgeClock(new Date('2020-01-01T00:00:00Z'));
    try {
      assert.strictEqual(knowledgeNow().toISOString(), '2020-01-01T00:00:00.000Z');
      assert.strictEqual(releaseFacts('python', '3.8')?.eol?.isPastEol, false);
    } finally {
      setKnowledgeClock(undefined);
    }
    assert.ok(knowledgeNow().getUTCFullYear() >= 2025);
  });
});
