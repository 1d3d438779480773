-- The mail log is also the outbox. A mail step renders each of its mails and queues it here in
-- the step's own transaction (status QUEUED), and starts the process "Mail bezorgen"
-- (processes/mail-delivery.bpmn), whose job sends it: claimed (PENDING) while it is being sent,
-- SENT once the SMTP server took it, QUEUED again when the send failed. Mails logged before this
-- version have no content: they were sent, or claimed, by the step itself.
alter table mail_log add column text_body varchar(100000);
alter table mail_log add column html_body varchar(200000);
alter table mail_log add column calendar varchar(100000);
alter table mail_log add column calendar_file_name varchar(100);
-- nobody has claimed a queued mail yet
alter table mail_log alter column claimed_at drop not null;
