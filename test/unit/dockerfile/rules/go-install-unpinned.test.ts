import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'go-install-unpinned';
describe('go-install-unpinned (DL3062)', () => {
  it('points at the package without a version or with @latest', () => {
    const f = expectOne('FROM golang:1.22\nRUN go install golang.org/x/tools/gopls\n', R, 'golang.org/x/tools/gopls');
    assert.deepStrictEqual(f.aliases, ['DL3062']);
    expectOne('FROM golang:1.22\nRUN go install -v github.com/a/b/cmd/x@latest\n', R, 'github.com/a/b/cmd/x@latest');
    expectOne('FROM golang:1.22\nRUN go get -u github.com/a/b\n', R, 'github.com/a/b');
  });
  it('accepts versions, local packages and flag values', () => {
    expectNone('FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.15.3\n', R);
    expectNone('FROM golang:1.22\nRUN go install -tags netgo ./cmd/... && go get .\n', R);
    expectNone('FROM golang:1.22\nRUN go install -ldflags "-s -w" example.com/x@v1.2.3\n', R);
    expectNone('FROM golang:1.22\nRUN go build -o /app ./cmd/app && go mod download\n', R);
  });
});
