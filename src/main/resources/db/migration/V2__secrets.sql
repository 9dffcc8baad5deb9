-- Secrets entered in Promptsmith (API keys), encrypted with AES-256-GCM under the key from
-- PROMPTSMITH_SECRET_KEY or <data-dir>/secret.key. The clear value is never stored.
create table secret (
    name       varchar(200) primary key, -- e.g. provider:openai
    ciphertext clob         not null,    -- v1:base64(iv + ciphertext + tag), the name as associated data
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
