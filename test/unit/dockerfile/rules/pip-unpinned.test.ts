import * as assert from 'assert';
import { expectNone } from '../../helpers';
import { expectUnpinned } from '../pinning-helpers';

const R = 'pip-unpinned';
describe('pip-unpinned (DL3013)', () => {
  it('reports the unpinned packages once per RUN', () => {
    const f = expectUnpinned('FROM python:3.12\nRUN pip install --no-cache-dir requests==2.31.0 flask\n', R, 'pip install --no-cache-dir requests==2.31.0 flask', ['flask']);
    assert.deepStrictEqual(f.aliases, ['DL3013']);
    assert.match(f.message, /'flask==<version>'/);
    expectUnpinned('FROM python:3.12\nRUN python3 -m pip install --user "uvicorn[standard]"\n', R, 'python3 -m pip install --user "uvicorn[standard]"', ['"uvicorn[standard]"']);
    const text = 'FROM python:3.12\nRUN pip3 install \\\n    numpy \\\n    pandas\n';
    expectUnpinned(text, R, 'pip3 install \\\n    numpy \\\n    pandas', ['numpy', 'pandas']);
  });
  it('skips requirement and constraint files, paths, URLs, VCS and archives', () => {
    expectNone('FROM python:3.12\nRUN pip install -r requirements.txt --requirement=dev.txt -c constraints.txt\n', R);
    expectNone('FROM python:3.12\nRUN pip install . && pip install -e ./lib && pip install /wheels/app-1.0-py3-none-any.whl\n', R);
    expectNone('FROM python:3.12\nRUN pip install git+https://github.com/org/repo@v1.2 https://example.com/pkg-1.0.tar.gz\n', R);
    expectNone('FROM python:3.12\nRUN pip install "requests>=2.31,<3" "django~=5.0" -i https://pypi.example.com/simple\n', R);
    expectNone('FROM python:3.12\nRUN pip download flask && pip uninstall -y flask\n', R);
  });
});
