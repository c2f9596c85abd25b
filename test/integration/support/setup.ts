// Servers boot PostgreSQL and Parse: hooks and tests get minutes, not jest's default 5 s.
jest.setTimeout(120_000)
