-- Who claimed a mail, and when. A claim stays PENDING only while its mail is being sent; one
-- left behind by a node that died mid-send is taken over by the next run of the same job (its
-- lock then belongs to another job executor) or, from anywhere, after leernet.mail.claim-timeout.
alter table mail_log add column claimed_at timestamp with time zone;
update mail_log set claimed_at = created_at;
alter table mail_log alter column claimed_at set not null;
-- the job whose run claimed it, and that job executor's lock owner (null outside the job executor)
alter table mail_log add column claimed_job varchar(64);
alter table mail_log add column claimed_by varchar(255);
