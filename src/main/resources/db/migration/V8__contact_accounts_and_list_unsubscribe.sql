-- The accounts Leernet made for contact persons: the only ones a set-password link may be
-- issued for. The contacts' accounts so far are taken over (a staff account among them, once
-- linked by its address, is still refused: PasswordLinks checks the groups too).
create table contact_account (
    user_id    varchar(100) primary key,
    created_at timestamp with time zone not null
);

insert into contact_account (user_id, created_at)
select distinct user_id, current_timestamp from contact_person where user_id is not null;

-- A reminder's opt-out link, also sent as its List-Unsubscribe header (RFC 8058).
alter table mail_log add column unsubscribe_url varchar(400);
