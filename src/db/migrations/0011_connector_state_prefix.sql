-- Connectors list their state by key prefix (`post/<account>/`, `event/<account>/`). The primary
-- key's collation cannot answer LIKE 'prefix%', so each list read every row of the connector: with
-- a thousand sandbox accounts and ten thousand posts, an inbox poll's list took several
-- milliseconds and grew with the table. text_pattern_ops compares byte-wise, which LIKE can use.
CREATE INDEX connector_state_prefix ON connector_state (connector, key text_pattern_ops);
