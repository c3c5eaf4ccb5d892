/**
 * Components an author may write in a page without an import (the content
 * lint forbids imports): the theme's own tab groups. Our packages register
 * theirs themselves (plugins/*\/src/theme/MDXComponents.tsx).
 */
import MDXComponents from '@theme-original/MDXComponents';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

export default {...MDXComponents, Tabs, TabItem};
