-- What a listener trusts about a process instance, recorded by Leernet itself rather than read
-- from a variable that a submission can overwrite: the trajectory (process instance) of each
-- organisation, and the session and organisation of each session evaluation. Instances started
-- before this version have no row: the services fall back on the state the instance was started
-- with, checked against the network of its business key, and record the trajectory then.
alter table organisation add column trajectory_instance_id varchar(64);
create unique index organisation_trajectory on organisation (trajectory_instance_id);

create table evaluation_request (
    process_instance_id varchar(64) primary key,
    session_id          bigint not null references learning_session (id),
    organisation_id     bigint not null references organisation (id),
    requested_at        timestamp with time zone not null
);
