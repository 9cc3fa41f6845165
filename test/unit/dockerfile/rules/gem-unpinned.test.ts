import * as assert from 'assert';
import { expectNone } from '../../helpers';
import { expectUnpinned } from '../pinning-helpers';

const R = 'gem-unpinned';
describe('gem-unpinned (DL3028)', () => {
  it('reports the gems without a version once per RUN', () => {
    const f = expectUnpinned('FROM ruby:3.3\nRUN gem install bundler:2.5.6 rails\n', R, 'gem install bundler:2.5.6 rails', ['rails']);
    assert.deepStrictEqual(f.aliases, ['DL3028']);
    assert.match(f.message, /'rails:<version>'/);
    expectUnpinned('FROM ruby:3.3\nRUN gem install --no-document --source https://rubygems.org nokogiri\n', R, 'gem install --no-document --source https://rubygems.org nokogiri', ['nokogiri']);
  });
  it('accepts name:version, -v/--version, .gem files and Gemfile installs', () => {
    expectNone('FROM ruby:3.3\nRUN gem install bundler:2.5.6\n', R);
    expectNone('FROM ruby:3.3\nRUN gem install rails -v 7.1.3 && gem install puma --version=6.4.2\n', R);
    expectNone('FROM ruby:3.3\nRUN gem install ./vendor/app-1.0.gem && gem install -g Gemfile\n', R);
    expectNone('FROM ruby:3.3\nRUN gem update --system 3.5.6 && bundle install\n', R);
  });
});
