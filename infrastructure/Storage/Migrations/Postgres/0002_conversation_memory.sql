-- conversation memory: what users told the bot across turns
CREATE TABLE conversation_memory (
    user_key TEXT NOT NULL PRIMARY KEY,
    designation TEXT NULL,
    formation TEXT NULL,
    pending_intent TEXT NULL,
    pending_question TEXT NULL,
    language TEXT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
