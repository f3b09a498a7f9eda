/** One reason a layout cannot be saved, naming the fixture (or set, sign) at fault. */
export interface LayoutIssue {
  code: 'invalid' | 'duplicate_id' | 'out_of_bounds' | 'overlap' | 'unknown_product' | 'unknown_category' | 'unknown_reference' | 'invalid_name';
  /** The fixture, set or sign at fault; absent for the layout as a whole. */
  fixtureId?: string;
  /** The item of the set named by fixtureId, when one product of a room set is at fault. */
  itemId?: string;
  /** The other fixture, for an overlap. */
  otherId?: string;
  path?: string;
  message: string;
}
