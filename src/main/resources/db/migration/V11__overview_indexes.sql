-- The networks page reads the next planned session of every network, and an adviser's pages
-- the organisations they follow: without these, both scan their whole table.
create index learning_session_status_start on learning_session (status, planned_start);

create index organisation_adviser on organisation (adviser);
