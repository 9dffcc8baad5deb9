-- Prices per million tokens that the user set; they override the built-in defaults.
create table model_price (
    model              varchar(300)   primary key, -- a model name or its prefix, lower case
    input_per_million  decimal(18, 6) not null,
    output_per_million decimal(18, 6) not null,
    updated_at         timestamp with time zone not null
);
