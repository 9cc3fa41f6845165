/**
 * A hostile project for the XSS battery: image names, file and folder names, service names, YAML keys and values,
 * labels, paths and users carry markup and script payloads. Written to a temporary folder at test time (some payloads
 * are not valid file names on every OS, so they are not checked in).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(1)>",
  'javascript:alert(1)',
  '</style><script>window.__xss=1</script>',
  '</title><script>alert(1)</script>',
  '<svg onload=alert(1)>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '{{constructor.constructor(\'alert(1)\')()}}',
  '`${alert(1)}`',
];

/** Folder names may not contain '/', so only the payloads without it. */
const DIR_PAYLOADS = ['<svg onload=alert(1)>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)'];

function q(s: string): string {
  return JSON.stringify(s); // a YAML double-quoted scalar
}

export function makeXssProject(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-xss-'));
  const [p0, p1, p2, p3, p4, p5, p6, p7, p8] = XSS_PAYLOADS;
  // folders and Dockerfiles named with payloads
  DIR_PAYLOADS.forEach((name, i) => {
    let dir: string;
    try {
      dir = path.join(root, name);
      fs.mkdirSync(dir, { recursive: true });
    } catch {
      dir = path.join(root, `svc${i}`);
      fs.mkdirSync(dir, { recursive: true });
    }
    fs.writeFileSync(path.join(dir, 'Dockerfile'), `ARG X=1\nFROM ${name.replace(/\s/g, '')}:latest\nUSER ${XSS_PAYLOADS[i]}\nLABEL a=${q(p1)}\n`);
  });
  fs.writeFileSync(path.join(root, 'Dockerfile.<b>x</b>'.replace(/\//g, '_')), `FROM debian:${p0.replace(/\s/g, '')}\nUSER root\n`);
  const services = XSS_PAYLOADS.map((p, i) =>
    [
      `  ${q(p)}:`,
      `    image: ${q(p)}`,
      `    network_mode: ${q(i % 2 ? 'host' : `service:${p}`)}`,
      `    user: ${q(p)}`,
      `    runtime: ${q(p)}`,
      `    cap_add: [${q(p)}]`,
      `    labels:`,
      `      ${q(`${p}.untrusted`)}: "true"`,
      `    volumes:`,
      `      - ${q(`/etc/${p}:/x`)}`,
      `    mem_limit: ${q(p)}`,
    ].join('\n'),
  );
  fs.writeFileSync(path.join(root, 'compose.yaml'), `services:\n${services.join('\n')}\n`);
  const docs = [p2, p3, p4, p5, p6, p7, p8].map((p) =>
    [
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata:',
      `  name: ${q(p)}`,
      `  namespace: ${q(p)}`,
      '  annotations:',
      `    ${q(p)}: ${q(p)}`,
      'spec:',
      '  template:',
      '    spec:',
      `      runtimeClassName: ${q(p)}`,
      '      hostPID: true',
      '      containers:',
      `        - name: ${q(p)}`,
      `          image: ${q(p)}`,
      '          securityContext:',
      '            privileged: true',
      `            runAsUser: ${q(p)}`,
      '            capabilities:',
      `              add: [${q(p)}, SYS_MODULE]`,
      '          resources:',
      '            limits:',
      `              memory: ${q(p)}`,
      '      volumes:',
      `        - name: ${q(p)}`,
      '          hostPath:',
      `            path: ${q(`/${p}`)}`,
    ].join('\n'),
  );
  fs.writeFileSync(path.join(root, 'k8s.yaml'), docs.join('\n---\n') + '\n');
  return root;
}
