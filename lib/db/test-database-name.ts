/** Every database a test creates starts with this, so a crashed run's leftovers can be found and dropped. */
export const TEST_DATABASE_PREFIX = "parley_test_";
