-- The English name of each federal district, so the English catalogue can name its district facet.
alter table regions add column federal_district_en varchar(100);

update regions set federal_district_en = case federal_district
    when 'Центральный федеральный округ' then 'Central Federal District'
    when 'Северо-Западный федеральный округ' then 'Northwestern Federal District'
    when 'Южный федеральный округ' then 'Southern Federal District'
    when 'Северо-Кавказский федеральный округ' then 'North Caucasian Federal District'
    when 'Приволжский федеральный округ' then 'Volga Federal District'
    when 'Уральский федеральный округ' then 'Ural Federal District'
    when 'Сибирский федеральный округ' then 'Siberian Federal District'
    when 'Дальневосточный федеральный округ' then 'Far Eastern Federal District'
end;

alter table regions alter column federal_district_en set not null;
