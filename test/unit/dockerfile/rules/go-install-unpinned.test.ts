import * as assert from 'assert';
import { expectNone } from '../../helpers';
import { expectUnpinned } from '../pinning-helpers';

const R = 'go-install-unpinned';
describe('go-install-unpinned (DL3062)', () => {
  it('reports modules without a version or with @latest, each a related location', () => {
    const f = expectUnpinned('FROM golang:1.22\nRUN go install golang.org/x/tools/gopls\n', R, 'go install golang.org/x/tools/gopls', ['golang.org/x/tools/gopls']);
    assert.deepStrictEqual(f.aliases, ['DL3062']);
    const g = expectUnpinned('FROM golang:1.22\nRUN go install -v github.com/a/b/cmd/x@latest\n', R, 'go install -v github.com/a/b/cmd/x@latest', ['github.com/a/b/cmd/x@latest']);
    assert.match(g.message, /'go install' installs 'github.com\/a\/b\/cmd\/x' without a pinned version/);
    assert.strictEqual(g.related![0].message, "'github.com/a/b/cmd/x@latest' follows the moving '@latest'; use 'github.com/a/b/cmd/x@<version>'.");
    expectUnpinned('FROM golang:1.22\nRUN go get -u github.com/a/b\n', R, 'go get -u github.com/a/b', ['github.com/a/b']);
  });
  it('accepts versions, local packages and flag values', () => {
    expectNone('FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.15.3\n', R);
    expectNone('FROM golang:1.22\nRUN go install -tags netgo ./cmd/... && go get .\n', R);
    expectNone('FROM golang:1.22\nRUN go install -ldflags "-s -w" example.com/x@v1.2.3\n', R);
    expectNone('FROM golang:1.22\nRUN go build -o /app ./cmd/app && go mod download\n', R);
  });
});
