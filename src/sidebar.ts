/**
 * Sidebar generation for both editions: the default generator, minus categories
 * that ask to be hidden (`"customProps": {"hidden": true}` in _category_.json).
 * Hidden pages still build (the dogfood set must pass the strict build); they
 * are only kept out of navigation.
 */
type Item = {type: string; customProps?: Record<string, unknown>; items?: Item[]};

export function withoutHidden<T extends Item>(items: T[]): T[] {
  return items
    .filter((item) => !(item.type === 'category' && item.customProps?.hidden === true))
    .map((item) => (item.items ? {...item, items: withoutHidden(item.items)} : item));
}

type Generator = (args: never) => Promise<Item[]>;

export const sidebarItemsGenerator = async ({
  defaultSidebarItemsGenerator,
  ...args
}: {
  defaultSidebarItemsGenerator: Generator;
  [key: string]: unknown;
}): Promise<Item[]> => withoutHidden(await defaultSidebarItemsGenerator(args as never));
