-- An evaluation that lapsed unanswered: the programme went on without it, and the overview
-- can tell "niet beantwoord" from "nog open".
create table unanswered_evaluation (
    session_id      bigint not null references learning_session (id),
    organisation_id bigint not null references organisation (id),
    lapsed_at       timestamp with time zone not null,
    primary key (session_id, organisation_id)
);
