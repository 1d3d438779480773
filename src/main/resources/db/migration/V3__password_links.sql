-- Contact persons get an account with a random password nobody knows; they choose their own
-- through a link in their registration mail. A link works once, for 14 days.
create table password_link (
    token      varchar(64)  primary key,
    user_id    varchar(100) not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);

create index password_link_user on password_link (user_id);
