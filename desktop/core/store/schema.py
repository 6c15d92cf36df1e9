"""The workspace schema as numbered migrations.

Each migration is one SQL script applied in one transaction; ``PRAGMA user_version`` records the
number of the last one applied. Never edit a migration that has shipped: add a new one.

Tables are STRICT so every column keeps its declared type. Dates are ISO text, checked with
``date(x, '+0 days') IS x`` (SQLite's date() rejects impossible days such as 2025-02-30 by normalising them).
Quantities are bounded, which also keeps them finite: SQLite stores NaN as NULL (caught by NOT NULL)
and infinities fail the upper bounds.
"""

from __future__ import annotations

# (number, summary, script)
MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "initial schema: wallets, ledger, prices, macro inputs, IMF program, scenarios, runs, audit log",
        """
CREATE TABLE metadata (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE wallets (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 200),
    custodian     TEXT CHECK (custodian IS NULL OR length(custodian) <= 200),
    kind          TEXT NOT NULL CHECK (kind IN ('cold', 'hot', 'multisig', 'exchange', 'custodial')),
    address       TEXT CHECK (address IS NULL OR length(address) <= 200),
    cap_btc       REAL CHECK (cap_btc IS NULL OR (cap_btc > 0 AND cap_btc <= 21000000)),
    public_sector INTEGER NOT NULL DEFAULT 1 CHECK (public_sector IN (0, 1)),
    note          TEXT,
    source        TEXT
) STRICT;

CREATE TABLE transactions (
    id           INTEGER PRIMARY KEY,
    date         TEXT NOT NULL CHECK (date(date, '+0 days') IS date AND date >= '2009-01-03'),
    kind         TEXT NOT NULL
                 CHECK (kind IN ('purchase', 'sale', 'mining', 'seizure', 'transfer', 'donation', 'fee')),
    wallet_id    INTEGER NOT NULL REFERENCES wallets(id),
    to_wallet_id INTEGER REFERENCES wallets(id),
    asset        TEXT NOT NULL DEFAULT 'BTC' CHECK (length(asset) BETWEEN 1 AND 12),
    quantity     REAL NOT NULL CHECK (quantity > 0 AND quantity <= 21000000),
    price_usd    REAL CHECK (price_usd IS NULL OR (price_usd > 0 AND price_usd < 1e12)),
    fee_usd      REAL CHECK (fee_usd IS NULL OR (fee_usd >= 0 AND fee_usd < 1e12)),
    counterparty TEXT,
    reference    TEXT UNIQUE,
    note         TEXT,
    source       TEXT,
    CHECK ((kind = 'transfer') = (to_wallet_id IS NOT NULL)),
    CHECK (to_wallet_id IS NULL OR to_wallet_id <> wallet_id),
    CHECK (kind NOT IN ('purchase', 'sale') OR price_usd IS NOT NULL)
) STRICT;

CREATE TABLE prices (
    asset     TEXT NOT NULL CHECK (length(asset) BETWEEN 1 AND 12),
    date      TEXT NOT NULL CHECK (date(date, '+0 days') IS date AND date >= '1900-01-01'),
    close_usd REAL NOT NULL CHECK (close_usd > 0 AND close_usd < 1e12),
    source    TEXT NOT NULL,
    note      TEXT,
    PRIMARY KEY (asset, date)
) STRICT;

CREATE TABLE macro_inputs (
    date                  TEXT PRIMARY KEY CHECK (date(date, '+0 days') IS date),
    gross_reserves_usd    REAL CHECK (gross_reserves_usd IS NULL OR gross_reserves_usd BETWEEN 0 AND 1e14),
    short_term_debt_usd   REAL CHECK (short_term_debt_usd IS NULL OR short_term_debt_usd BETWEEN 0 AND 1e14),
    other_liabilities_usd REAL CHECK (other_liabilities_usd IS NULL OR other_liabilities_usd BETWEEN 0 AND 1e14),
    broad_money_usd       REAL CHECK (broad_money_usd IS NULL OR broad_money_usd BETWEEN 0 AND 1e14),
    exports_usd           REAL CHECK (exports_usd IS NULL OR exports_usd BETWEEN 0 AND 1e14),
    imports_usd           REAL CHECK (imports_usd IS NULL OR imports_usd BETWEEN 0 AND 1e14),
    remittances_usd       REAL CHECK (remittances_usd IS NULL OR remittances_usd BETWEEN 0 AND 1e14),
    regime                TEXT CHECK (regime IS NULL OR regime IN ('fixed', 'floating')),
    source                TEXT,
    note                  TEXT
) STRICT;

CREATE TABLE arrangements (
    id                           INTEGER PRIMARY KEY,
    name                         TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 200),
    facility                     TEXT NOT NULL CHECK (facility IN ('EFF', 'SBA', 'custom')),
    approval_date                TEXT NOT NULL CHECK (date(approval_date, '+0 days') IS approval_date),
    months                       INTEGER NOT NULL CHECK (months BETWEEN 1 AND 120),
    access_sdr                   REAL NOT NULL CHECK (access_sdr > 0 AND access_sdr < 1e13),
    quota_sdr                    REAL NOT NULL CHECK (quota_sdr > 0 AND quota_sdr < 1e13),
    usd_per_sdr                  REAL NOT NULL CHECK (usd_per_sdr > 0 AND usd_per_sdr < 100),
    charges_policy               TEXT NOT NULL CHECK (charges_policy IN ('2024-11', 'pre-2024-11')),
    repayment_installments       INTEGER CHECK (repayment_installments IS NULL OR repayment_installments BETWEEN 1 AND 240),
    repayment_months_between     INTEGER CHECK (repayment_months_between IS NULL OR repayment_months_between BETWEEN 1 AND 60),
    repayment_first_after_months INTEGER CHECK (repayment_first_after_months IS NULL OR repayment_first_after_months BETWEEN 0 AND 480),
    source                       TEXT,
    note                         TEXT,
    CHECK (facility <> 'custom' OR (repayment_installments IS NOT NULL
           AND repayment_months_between IS NOT NULL AND repayment_first_after_months IS NOT NULL))
) STRICT;

CREATE TABLE purchases (
    id             INTEGER PRIMARY KEY,
    arrangement_id INTEGER NOT NULL REFERENCES arrangements(id) ON DELETE CASCADE,
    date           TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
    amount_sdr     REAL NOT NULL CHECK (amount_sdr > 0 AND amount_sdr < 1e13),
    status         TEXT NOT NULL CHECK (status IN ('planned', 'disbursed')),
    source         TEXT,
    note           TEXT
) STRICT;

CREATE TABLE rate_assumptions (
    id             INTEGER PRIMARY KEY,
    arrangement_id INTEGER NOT NULL REFERENCES arrangements(id) ON DELETE CASCADE,
    from_date      TEXT NOT NULL CHECK (date(from_date, '+0 days') IS from_date),
    sdr_rate       REAL NOT NULL CHECK (sdr_rate >= 0 AND sdr_rate < 1),
    source         TEXT,
    UNIQUE (arrangement_id, from_date)
) STRICT;

CREATE TABLE test_dates (
    id                          INTEGER PRIMARY KEY,
    arrangement_id              INTEGER NOT NULL REFERENCES arrangements(id) ON DELETE CASCADE,
    date                        TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
    nir_floor_usd               REAL NOT NULL CHECK (abs(nir_floor_usd) < 1e14),
    budget_support_baseline_usd REAL CHECK (budget_support_baseline_usd IS NULL OR budget_support_baseline_usd BETWEEN 0 AND 1e14),
    adjustor_cap_usd            REAL CHECK (adjustor_cap_usd IS NULL OR adjustor_cap_usd BETWEEN 0 AND 1e14),
    source                      TEXT,
    note                        TEXT,
    UNIQUE (arrangement_id, date)
) STRICT;

CREATE TABLE benchmarks (
    id             INTEGER PRIMARY KEY,
    arrangement_id INTEGER NOT NULL REFERENCES arrangements(id) ON DELETE CASCADE,
    description    TEXT NOT NULL CHECK (length(trim(description)) BETWEEN 1 AND 1000),
    type           TEXT NOT NULL CHECK (type IN ('general', 'non_accumulation')),
    start_date     TEXT CHECK (start_date IS NULL OR date(start_date, '+0 days') IS start_date),
    due_date       TEXT CHECK (due_date IS NULL OR date(due_date, '+0 days') IS due_date),
    status         TEXT NOT NULL CHECK (status IN ('pending', 'met', 'not_met', 'ongoing')),
    source         TEXT,
    note           TEXT,
    CHECK (type <> 'non_accumulation' OR start_date IS NOT NULL)
) STRICT;

CREATE TABLE scenarios (
    id           TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64 AND id NOT GLOB '*[^a-z0-9-]*'),
    name         TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    kind         TEXT NOT NULL CHECK (kind IN ('historical', 'shock', 'monte_carlo')),
    horizon_days INTEGER NOT NULL CHECK (horizon_days BETWEEN 1 AND 3650),
    params_json  TEXT NOT NULL CHECK (json_valid(params_json)),
    builtin      INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    note         TEXT
) STRICT;

CREATE TABLE runs (
    id             INTEGER PRIMARY KEY,
    scenario_id    TEXT REFERENCES scenarios(id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL,
    seed           INTEGER NOT NULL CHECK (seed >= 0),
    paths          INTEGER NOT NULL CHECK (paths BETWEEN 1 AND 100000000),
    horizon_days   INTEGER NOT NULL CHECK (horizon_days BETWEEN 1 AND 3650),
    engine_version TEXT NOT NULL,
    inputs_json    TEXT NOT NULL CHECK (json_valid(inputs_json)),
    summary_json   TEXT NOT NULL CHECK (json_valid(summary_json)),
    elapsed_s      REAL CHECK (elapsed_s IS NULL OR elapsed_s >= 0)
) STRICT;

-- Append-only and hash-chained: hash = SHA-256(prev_hash || canonical JSON of the entry).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    os_user     TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('create', 'insert', 'update', 'delete', 'import', 'migrate')),
    table_name  TEXT,
    row_key     TEXT,
    before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
    after_json  TEXT CHECK (after_json IS NULL OR json_valid(after_json)),
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE
) STRICT;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
""",
    ),
    (
        2,
        "wallet archiving and indexes for ledger queries by date and wallet",
        """
ALTER TABLE wallets ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));
CREATE INDEX transactions_by_date ON transactions(date, id);
CREATE INDEX transactions_by_wallet ON transactions(wallet_id, date);
CREATE INDEX transactions_by_to_wallet ON transactions(to_wallet_id) WHERE to_wallet_id IS NOT NULL;
CREATE INDEX purchases_by_arrangement ON purchases(arrangement_id, date);
""",
    ),
    (
        3,
        "realised program budget support at each test date, for the NIR floor adjustors",
        """
ALTER TABLE test_dates ADD COLUMN budget_support_actual_usd REAL
    CHECK (budget_support_actual_usd IS NULL OR budget_support_actual_usd BETWEEN 0 AND 1e14);
""",
    ),
    (
        4,
        "accumulation and mining policies for the planner",
        """
CREATE TABLE policies (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 200),
    kind        TEXT NOT NULL CHECK (kind IN ('daily', 'monthly', 'lump', 'mining')),
    enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    params_json TEXT NOT NULL CHECK (json_valid(params_json) AND length(params_json) <= 100000),
    note        TEXT CHECK (note IS NULL OR length(note) <= 2000),
    source      TEXT
) STRICT;
""",
    ),
    (
        5,
        "table states in the audit log, so that verification can check the data against it",
        """
ALTER TABLE audit_log ADD COLUMN state_json TEXT CHECK (state_json IS NULL OR json_valid(state_json));
""",
    ),
    (
        6,
        "the built-in scenarios' notes name their public sources (earlier versions cited the team's notes)",
        # the notes as this version words them, frozen here: a migration must not change with later resources
        """
UPDATE scenarios SET note = 'Peak 2013-12-04 to trough 2015-01-14: -84.5%. Source: Yahoo Finance, BTC-USD daily closes.' WHERE id = 'btc-2013-15' AND builtin = 1;
UPDATE scenarios SET note = 'Peak 2017-12-16 to trough 2018-12-15: -83.4%. Source: Yahoo Finance, BTC-USD daily closes.' WHERE id = 'btc-2017-18' AND builtin = 1;
UPDATE scenarios SET note = 'Peak 2021-11-08 to trough 2022-11-21: -76.6%. Source: Yahoo Finance, BTC-USD daily closes.' WHERE id = 'btc-2021-22' AND builtin = 1;
UPDATE scenarios SET note = 'Peak 2020-03-08 to trough 2020-03-12: -34.1%. Source: Yahoo Finance, BTC-USD daily closes: 12 Mar 2020 one day -26.7%, 4 days -34.1%.' WHERE id = 'btc-covid-2020' AND builtin = 1;
UPDATE scenarios SET note = 'Peak 2022-11-05 to trough 2022-11-09: -26.1%. Source: Yahoo Finance, BTC-USD daily closes: 2022-11-09 -15.6% in a day, -26.1% over 4 days.' WHERE id = 'btc-ftx-2022' AND builtin = 1;
UPDATE scenarios SET note = 'Peak 2025-10-06 to trough 2026-02-05: -49.5%. Source: Yahoo Finance, BTC-USD daily closes.' WHERE id = 'btc-2025-26' AND builtin = 1;
UPDATE scenarios SET note = 'Hypothetical: an immediate 50% fall in bitcoin, held to the horizon.' WHERE id = 'btc-minus-50' AND builtin = 1;
UPDATE scenarios SET note = 'Hypothetical: an immediate 80% fall, about the depth of the 2013-15 and 2017-18 bear markets (Yahoo Finance, BTC-USD daily closes).' WHERE id = 'btc-minus-80' AND builtin = 1;
UPDATE scenarios SET note = 'Hypothetical: remittance inflows 20% below baseline for 12 months.' WHERE id = 'remittances-minus-20' AND builtin = 1;
UPDATE scenarios SET note = 'The downside named in the IMF''s assessment: trade tensions (exports -10%) and tighter immigration policy (remittances -15%) for 12 months, with bitcoin -50% (IMF press release on El Salvador''s first EFF review, 27 Jun 2025).' WHERE id = 'imf-downside' AND builtin = 1;
UPDATE scenarios SET note = 'Calibrated to the imported history when there is one; otherwise annualised volatility 61.8% (Yahoo Finance BTC-USD daily closes 2020-2025, daily log returns x sqrt(365)).' WHERE id = 'mc-gbm' AND builtin = 1;
UPDATE scenarios SET note = 'Calibrated to the imported history when there is one; otherwise annualised volatility 61.8% (Yahoo Finance BTC-USD daily closes 2020-2025, daily log returns x sqrt(365)).' WHERE id = 'mc-student-t' AND builtin = 1;
UPDATE scenarios SET note = 'GARCH(1,1) fitted by maximum likelihood to the imported history when there is one; otherwise long-run volatility 61.8% (Yahoo Finance BTC-USD daily closes 2020-2025, daily log returns x sqrt(365)).' WHERE id = 'mc-garch' AND builtin = 1;
UPDATE scenarios SET note = 'Resamples 20-day blocks of the imported daily returns with replacement; needs an imported price history.' WHERE id = 'mc-bootstrap' AND builtin = 1;
""",
    ),
    (
        7,
        "the member's whole position in the Fund: one quota history and one SDR-rate path for the workspace (where "
        "arrangements disagreed, the first one's figure is kept and the step's note or source names the others), "
        "the RST group, the IMF's projected payments, GDP and reserve liabilities; arrangements may be RFI, RSF or ECF and follow the "
        "charges policy in force on each day (a note says so where a policy set earlier spanned both regimes)",
        # run with foreign keys off (migrate.py): rebuilding arrangements must not cascade to its children
        """
CREATE TABLE quotas (
    id             INTEGER PRIMARY KEY,
    effective_date TEXT NOT NULL UNIQUE CHECK (date(effective_date, '+0 days') IS effective_date),
    quota_sdr      REAL NOT NULL CHECK (quota_sdr > 0 AND quota_sdr < 1e13),
    source         TEXT,
    note           TEXT
) STRICT;
-- a step at each approval date, the first arrangement's quota that day; a step equal to the one before it goes
INSERT OR IGNORE INTO quotas (effective_date, quota_sdr, source)
    SELECT approval_date, quota_sdr, 'as entered with the arrangement ' || name FROM arrangements
    ORDER BY approval_date, id;
UPDATE quotas SET note = 'Arrangements approved on this day stated different quotas ('
    || (SELECT group_concat(a.name || ': SDR ' || printf('%.2f', a.quota_sdr / 1e6) || ' m', '; ') FROM arrangements a
        WHERE a.approval_date = quotas.effective_date)
    || '); the first was kept: check it against the member''s Financial Position in the Fund (IMF).'
    WHERE (SELECT count(DISTINCT a.quota_sdr) FROM arrangements a WHERE a.approval_date = quotas.effective_date) > 1;
DELETE FROM quotas WHERE note IS NULL AND quota_sdr = (SELECT q.quota_sdr FROM quotas q
    WHERE q.effective_date < quotas.effective_date ORDER BY q.effective_date DESC LIMIT 1);

CREATE TABLE sdr_rates (
    id        INTEGER PRIMARY KEY,
    from_date TEXT NOT NULL UNIQUE CHECK (date(from_date, '+0 days') IS from_date),
    sdr_rate  REAL NOT NULL CHECK (sdr_rate >= 0 AND sdr_rate < 1),
    source    TEXT
) STRICT;
INSERT OR IGNORE INTO sdr_rates (from_date, sdr_rate, source)
    SELECT from_date, sdr_rate, source FROM rate_assumptions ORDER BY arrangement_id, id;
UPDATE sdr_rates SET source = coalesce(source || '. ', '') || 'Arrangements stated different rates from this day ('
    || (SELECT group_concat(a.name || ': ' || printf('%.3f', r.sdr_rate * 100) || '%', '; ')
        FROM rate_assumptions r JOIN arrangements a ON a.id = r.arrangement_id WHERE r.from_date = sdr_rates.from_date)
    || '); the first was kept'
    WHERE (SELECT count(DISTINCT r.sdr_rate) FROM rate_assumptions r WHERE r.from_date = sdr_rates.from_date) > 1;
DROP TABLE rate_assumptions;

-- a policy set for an arrangement whose days span both regimes now follows the dates: its note says so
UPDATE arrangements SET note = coalesce(note || ' ', '') || 'Charges policy: set to the policy '
    || CASE charges_policy WHEN '2024-11' THEN 'in force since 2024-11-01' ELSE 'before 2024-11-01' END
    || ' in an earlier version; now the policy in force on each day (Edit terms… pins one again).'
    WHERE (charges_policy = '2024-11' AND approval_date < '2024-11-01') OR charges_policy = 'pre-2024-11';

CREATE TABLE member (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    rst_group      TEXT CHECK (rst_group IS NULL OR rst_group IN ('A', 'B', 'C')),
    sdr_rate_after REAL CHECK (sdr_rate_after IS NULL OR (sdr_rate_after >= 0 AND sdr_rate_after < 1)),
    source         TEXT,
    note           TEXT
) STRICT;
INSERT INTO member (id) VALUES (1);

CREATE TABLE imf_payments (
    id          INTEGER PRIMARY KEY,
    as_of       TEXT NOT NULL CHECK (date(as_of, '+0 days') IS as_of),
    date        TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
    description TEXT NOT NULL CHECK (length(trim(description)) BETWEEN 1 AND 200),
    amount_sdr  REAL NOT NULL CHECK (amount_sdr >= 0 AND amount_sdr < 1e13),
    source      TEXT
) STRICT;

ALTER TABLE macro_inputs ADD COLUMN gdp_usd REAL CHECK (gdp_usd IS NULL OR gdp_usd BETWEEN 0 AND 1e15);
ALTER TABLE macro_inputs ADD COLUMN reserve_liabilities_usd REAL
    CHECK (reserve_liabilities_usd IS NULL OR reserve_liabilities_usd BETWEEN 0 AND 1e14);

CREATE TABLE arrangements_7 (
    id                           INTEGER PRIMARY KEY,
    name                         TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 200),
    facility                     TEXT NOT NULL CHECK (facility IN ('EFF', 'SBA', 'RFI', 'RSF', 'ECF', 'custom')),
    approval_date                TEXT NOT NULL CHECK (date(approval_date, '+0 days') IS approval_date),
    months                       INTEGER NOT NULL CHECK (months BETWEEN 1 AND 120),
    access_sdr                   REAL NOT NULL CHECK (access_sdr > 0 AND access_sdr < 1e13),
    usd_per_sdr                  REAL NOT NULL CHECK (usd_per_sdr > 0 AND usd_per_sdr < 100),
    charges_policy               TEXT CHECK (charges_policy IS NULL OR charges_policy IN ('2024-11', 'pre-2024-11')),
    repayment_installments       INTEGER CHECK (repayment_installments IS NULL OR repayment_installments BETWEEN 1 AND 240),
    repayment_months_between     INTEGER CHECK (repayment_months_between IS NULL OR repayment_months_between BETWEEN 1 AND 60),
    repayment_first_after_months INTEGER CHECK (repayment_first_after_months IS NULL OR repayment_first_after_months BETWEEN 0 AND 480),
    source                       TEXT,
    note                         TEXT,
    CHECK (facility <> 'custom' OR (repayment_installments IS NOT NULL
           AND repayment_months_between IS NOT NULL AND repayment_first_after_months IS NOT NULL))
) STRICT;
INSERT INTO arrangements_7 (id, name, facility, approval_date, months, access_sdr, usd_per_sdr, charges_policy,
                            repayment_installments, repayment_months_between, repayment_first_after_months, source, note)
    SELECT id, name, facility, approval_date, months, access_sdr, usd_per_sdr, NULL,
           repayment_installments, repayment_months_between, repayment_first_after_months, source, note
    FROM arrangements;
DROP TABLE arrangements;
ALTER TABLE arrangements_7 RENAME TO arrangements;
""",
    ),
    (
        8,
        "a random workspace id, which signed checkpoints and backups carry: a restore takes only its own workspace's",
        """
INSERT INTO metadata (key, value) VALUES ('workspace_id', lower(hex(randomblob(16))));
""",
    ),
    (
        9,
        "the audit log takes a restore entry (what was restored, which entries it dropped)",
        """
CREATE TABLE audit_log_9 (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    os_user     TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('create', 'insert', 'update', 'delete', 'import', 'migrate', 'restore')),
    table_name  TEXT,
    row_key     TEXT,
    before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
    after_json  TEXT CHECK (after_json IS NULL OR json_valid(after_json)),
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE,
    state_json  TEXT CHECK (state_json IS NULL OR json_valid(state_json))
) STRICT;
INSERT INTO audit_log_9 SELECT id, at, os_user, action, table_name, row_key, before_json, after_json, prev_hash, hash,
                               state_json FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_9 RENAME TO audit_log;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
""",
    ),
    (
        10,
        "the address register: each wallet's output descriptors and its addresses, single or derived with their path",
        """
CREATE TABLE descriptors (
    id         INTEGER PRIMARY KEY,
    wallet_id  INTEGER NOT NULL REFERENCES wallets(id) ON DELETE CASCADE,
    descriptor TEXT NOT NULL UNIQUE CHECK (length(descriptor) BETWEEN 10 AND 5000),
    count      INTEGER NOT NULL CHECK (count BETWEEN 1 AND 10000),
    gap_limit  INTEGER NOT NULL DEFAULT 20 CHECK (gap_limit BETWEEN 1 AND 10000),
    source     TEXT
) STRICT;

CREATE TABLE addresses (
    id            INTEGER PRIMARY KEY,
    wallet_id     INTEGER NOT NULL REFERENCES wallets(id) ON DELETE CASCADE,
    address       TEXT NOT NULL UNIQUE CHECK (length(address) BETWEEN 14 AND 90),
    descriptor_id INTEGER REFERENCES descriptors(id) ON DELETE CASCADE,
    path          TEXT CHECK (path IS NULL OR length(path) <= 200),
    source        TEXT
) STRICT;
CREATE INDEX addresses_wallet ON addresses (wallet_id);
CREATE INDEX addresses_descriptor ON addresses (descriptor_id);
""",
    ),
    (
        11,
        "chain statements: the files brought from a block explorer or a node, the transactions they show, and each "
        "file's view of a transaction (its inputs and outputs as JSON); signed messages proving control of an address",
        """
CREATE TABLE chain_files (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
    sha256       TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    format       TEXT NOT NULL CHECK (format IN ('esplora', 'core', 'csv')),
    imported_at  TEXT NOT NULL,
    transactions INTEGER NOT NULL CHECK (transactions >= 0)
) STRICT;

CREATE TABLE chain_transactions (
    txid         TEXT PRIMARY KEY CHECK (length(txid) = 64 AND txid NOT GLOB '*[^0-9a-f]*'),
    confirmed    INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
    block_height INTEGER CHECK (block_height IS NULL OR block_height BETWEEN 0 AND 100000000),
    block_time   INTEGER CHECK (block_time IS NULL OR block_time BETWEEN 1231006505 AND 7258118400),
    fee_sat      INTEGER CHECK (fee_sat IS NULL OR fee_sat BETWEEN 0 AND 2100000000000000),
    coinbase     INTEGER NOT NULL DEFAULT 0 CHECK (coinbase IN (0, 1)),
    file_id      INTEGER NOT NULL REFERENCES chain_files(id),
    CHECK (confirmed = 0 OR block_time IS NOT NULL)
) STRICT;

CREATE TABLE chain_views (
    id       INTEGER PRIMARY KEY,
    txid     TEXT NOT NULL REFERENCES chain_transactions(txid),
    file_id  INTEGER NOT NULL REFERENCES chain_files(id),
    complete INTEGER NOT NULL CHECK (complete IN (0, 1)),
    legs     TEXT NOT NULL CHECK (json_valid(legs) AND json_type(legs) = 'array' AND length(legs) <= 50000000),
    UNIQUE (txid, file_id)
) STRICT;

CREATE TABLE address_proofs (
    id        INTEGER PRIMARY KEY,
    address   TEXT NOT NULL CHECK (length(address) BETWEEN 14 AND 90),
    message   TEXT NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
    signature TEXT NOT NULL CHECK (length(signature) BETWEEN 1 AND 5000),
    format    TEXT NOT NULL CHECK (format IN ('legacy', 'bip322')),
    checked_at TEXT NOT NULL,
    source    TEXT,
    UNIQUE (address, message, signature)
) STRICT;
""",
    ),
    (
        12,
        "exchange rates for reporting in another currency (units per US$ by date), the member's local currency and "
        "the path assumed for its rate after the valuation date",
        """
CREATE TABLE fx_rates (
    id       INTEGER PRIMARY KEY,
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency NOT GLOB '*[^A-Z]*' AND currency <> 'USD'),
    date     TEXT NOT NULL CHECK (date(date, '+0 days') IS date AND date >= '1900-01-01'),
    per_usd  REAL NOT NULL CHECK (per_usd > 0 AND per_usd < 1e9),
    source   TEXT,
    UNIQUE (currency, date)
) STRICT;

ALTER TABLE member ADD COLUMN local_currency TEXT
    CHECK (local_currency IS NULL OR (length(local_currency) = 3 AND local_currency NOT GLOB '*[^A-Z]*'));
ALTER TABLE member ADD COLUMN fx_depreciation_per_year REAL NOT NULL DEFAULT 0
    CHECK (fx_depreciation_per_year > -1 AND fx_depreciation_per_year < 1);
""",
    ),
]

LATEST_VERSION = MIGRATIONS[-1][0]
