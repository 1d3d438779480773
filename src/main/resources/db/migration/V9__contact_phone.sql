-- A contact person's phone number, optional: a coordinator fills it in on the contact persons
-- page (/leernet/netwerken/{code}/contactpersonen). Digits, spaces and + / - . only, at most 30.
alter table contact_person add column phone varchar(30);
