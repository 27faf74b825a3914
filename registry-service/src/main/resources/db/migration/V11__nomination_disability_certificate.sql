-- The disability certificate recorded with a nomination (number and date of issue): what bears out a list
-- candidate's quota category DISABILITY (CL "On Elections", Art. 89, 97-1). Both or neither.
alter table nomination
    add column disability_certificate_number varchar(60),
    add column disability_certificate_date   date,
    add constraint nomination_disability_certificate_whole
        check ((disability_certificate_number is null) = (disability_certificate_date is null));
