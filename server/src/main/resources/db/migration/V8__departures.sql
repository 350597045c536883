-- People who left (docs/PEOPLE.md, "Offboarding"): when, who recorded it and why. Times are Unix milliseconds.
CREATE TABLE departures (
    person VARCHAR(200) NOT NULL PRIMARY KEY,
    departed_at BIGINT NOT NULL,
    recorded_by VARCHAR(200) NOT NULL,
    reason TEXT NOT NULL
);
