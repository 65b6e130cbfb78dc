-- Name keys as an array with a GIN index, so that a purpose-bound name search (every key must be present) is an
-- index lookup (name_keys @> array[...]) rather than a scan of every registrant in the officer's districts.
alter table register_registrant add column name_keys text[] not null default '{}';
update register_registrant set name_keys = string_to_array(btrim(search_names), ' ') where btrim(search_names) <> '';
alter table register_registrant drop column search_names;
create index register_registrant_name_keys_idx on register_registrant using gin (name_keys);
