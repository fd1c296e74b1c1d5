-- the question log: questions without personal data, how each was read and answered, the messages that answered it, votes
CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    asked_at INTEGER NOT NULL,
    text TEXT NOT NULL,
    reading TEXT NOT NULL,
    answer_kind TEXT NOT NULL,
    language TEXT NOT NULL
);
CREATE INDEX ix_questions_asked_at ON questions (asked_at);
CREATE TABLE question_replies (
    reply_id TEXT NOT NULL PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE
);
CREATE INDEX ix_question_replies_question ON question_replies (question_id);
CREATE TABLE question_votes (
    reply_id TEXT NOT NULL PRIMARY KEY,
    reaction TEXT NOT NULL,
    comment TEXT NOT NULL,
    voted_at INTEGER NOT NULL
);
CREATE INDEX ix_question_votes_voted_at ON question_votes (voted_at);
