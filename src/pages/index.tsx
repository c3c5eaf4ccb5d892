import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import styles from './index.module.css';

interface Chapter {
  title: string;
  to: string;
  summary: string;
}

// The chapter list mirrors docs/NN-*/ folders; links are checked by the strict build.
const chapters: Chapter[] = [
  {
    title: '1. 容器技术的发展史',
    to: '/docs/history/vm-vs-container',
    summary: '虚拟机与容器、六种命名空间、cgroups，以及 LXC → Docker → runC 的演进。',
  },
  {
    title: '2. Docker 基础',
    to: '/docs/docker-basics/architecture',
    summary: '守护进程、客户端与仓库，安装、常用命令、镜像分层与 docker0。',
  },
  {
    title: '3. 制作镜像',
    to: '/docs/images/commit',
    summary: 'docker commit、标签与镜像 ID、推送命名、save/load 与 export/import。',
  },
  {
    title: '4. 容器网络',
    to: '/docs/networking/network-modes',
    summary: 'bridge、host、container、none 四种模式，端口映射与自定义网络。',
  },
  {title: '5. 存储卷', to: '/docs/volumes/overview', summary: '绑定挂载、命名卷、--volumes-from、--mount 与 tmpfs。'},
  {
    title: '6. Dockerfile',
    to: '/docs/dockerfile/build-context',
    summary: '逐条讲解每个指令，shell 与 exec 形式、PID 1 与多阶段构建。',
  },
  {
    title: '7. 私有仓库',
    to: '/docs/registry/run-registry',
    summary: '用 registry:2 搭建仓库，打标签推送，insecure-registries 与 TLS。',
  },
  {
    title: '8. Harbor',
    to: '/docs/harbor/overview',
    summary: '企业级镜像仓库：项目、权限、复制与漏洞扫描，用 Compose 安装。',
  },
  {
    title: '9. 资源限制',
    to: '/docs/resources/cpu',
    summary: 'CPU 份额与配额、cpuset、内存与 swap，以及 OOM 时发生了什么。',
  },
  {
    title: '10. Kubernetes',
    to: '/docs/kubernetes/origins',
    summary: '从 Borg 说起：控制平面与节点组件，Kubernetes 能做什么。',
  },
  {title: '11. DevOps', to: '/docs/devops/cicd', summary: '容器镜像的持续集成与持续部署流水线。'},
];

export default function Home(): ReactNode {
  return (
    <Layout
      title="首页"
      description="面向中文读者的 Docker 与 Kubernetes 笔记：原理、真实终端会话、两个版本、离线中文搜索。"
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">Docker &amp; Kubernetes 笔记</Heading>
          <p className={styles.lead}>
            从 Linux 命名空间和 cgroup 讲起，到镜像、网络、存储、私有仓库，再到 Kubernetes 与 DevOps。
            每一章都有可以照着敲的终端会话：“命令”页只含可复制的命令，“输出”页展示它们打印的内容。
          </p>
          <div className={styles.actions}>
            <Link className="button button--secondary button--lg" to="/docs/">
              从这里开始
            </Link>
            <Link className="button button--outline button--secondary button--lg" to="/docs/glossary">
              查术语表
            </Link>
          </div>
        </div>
      </header>
      <main>
        <section className={styles.section}>
          <div className="container">
            <Heading as="h2">两个版本</Heading>
            <p>
              <Link to="/docs/">2.0 版</Link>对应今天的 Docker Engine 27、BuildKit、Compose v2、cgroup v2 与 containerd
              上的 Kubernetes 1.31；<Link to="/docs/1.0/">1.0 版</Link>保留 CentOS 7 上 Docker 18.09
              时代的做法。两版之间有差别的地方，2.0 版都会说明变化。右上角的版本菜单随时切换。
            </p>
          </div>
        </section>
        <section className={styles.section}>
          <div className="container">
            <Heading as="h2">章节</Heading>
            <ul className={styles.grid}>
              {chapters.map((c) => (
                <li key={c.to}>
                  <Link className={styles.card} to={c.to}>
                    <Heading as="h3">{c.title}</Heading>
                    <p>{c.summary}</p>
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </section>
      </main>
    </Layout>
  );
}
