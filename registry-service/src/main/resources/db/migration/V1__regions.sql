-- The 20 first-level units since June 2022 (17 regions, 3 cities of republican significance).
-- code: ISO 3166-2:KZ; its digits are the first two of the national KATO classifier.
create table region (
    code        varchar(5)   primary key,
    kind        varchar(10)  not null check (kind in ('region', 'city')),
    name_en     varchar(100) not null,
    name_kk     varchar(100) not null,
    name_ru     varchar(100) not null,
    centre_en   varchar(100)
);

insert into region (code, kind, name_en, name_kk, name_ru, centre_en) values
    ('KZ-10', 'region', 'Abai Region', 'Абай облысы', 'область Абай', 'Semey'),
    ('KZ-11', 'region', 'Akmola Region', 'Ақмола облысы', 'Акмолинская область', 'Kokshetau'),
    ('KZ-15', 'region', 'Aktobe Region', 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe'),
    ('KZ-19', 'region', 'Almaty Region', 'Алматы облысы', 'Алматинская область', 'Konayev'),
    ('KZ-23', 'region', 'Atyrau Region', 'Атырау облысы', 'Атырауская область', 'Atyrau'),
    ('KZ-27', 'region', 'West Kazakhstan Region', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'Oral'),
    ('KZ-31', 'region', 'Zhambyl Region', 'Жамбыл облысы', 'Жамбылская область', 'Taraz'),
    ('KZ-33', 'region', 'Zhetisu Region', 'Жетісу облысы', 'область Жетісу', 'Taldykorgan'),
    ('KZ-35', 'region', 'Karaganda Region', 'Қарағанды облысы', 'Карагандинская область', 'Karaganda'),
    ('KZ-39', 'region', 'Kostanay Region', 'Қостанай облысы', 'Костанайская область', 'Kostanay'),
    ('KZ-43', 'region', 'Kyzylorda Region', 'Қызылорда облысы', 'Кызылординская область', 'Kyzylorda'),
    ('KZ-47', 'region', 'Mangystau Region', 'Маңғыстау облысы', 'Мангистауская область', 'Aktau'),
    ('KZ-55', 'region', 'Pavlodar Region', 'Павлодар облысы', 'Павлодарская область', 'Pavlodar'),
    ('KZ-59', 'region', 'North Kazakhstan Region', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'Petropavl'),
    ('KZ-61', 'region', 'Turkistan Region', 'Түркістан облысы', 'Туркестанская область', 'Turkistan'),
    ('KZ-62', 'region', 'Ulytau Region', 'Ұлытау облысы', 'область Ұлытау', 'Zhezkazgan'),
    ('KZ-63', 'region', 'East Kazakhstan Region', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'Oskemen'),
    ('KZ-71', 'city', 'Astana', 'Астана қаласы', 'город Астана', null),
    ('KZ-75', 'city', 'Almaty', 'Алматы қаласы', 'город Алматы', null),
    ('KZ-79', 'city', 'Shymkent', 'Шымкент қаласы', 'город Шымкент', null);
