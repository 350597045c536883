#!/usr/bin/env python3
"""Writes bybit-like.ndjson: four weeks of ordinary custody operations, then a Bybit-style chain.

Seeded and deterministic; run `python3 make_bybit_like.py > bybit-like.ndjson` to regenerate.
All names, addresses and infrastructure are invented for this test. Every other event uses nested
fields, the rest dotted fields, to exercise both ECS forms.
"""
import json
import random
from datetime import datetime, timedelta, timezone

random.seed(20250221)
START = datetime(2025, 1, 20, tzinfo=timezone.utc)
events = []
counter = [0]

USERS = {
    "alice": dict(country="US", asn=7922, lat=40.71, lon=-74.0, device="dev-alice-mbp", ua="Mozilla/5.0 (Macintosh) Chrome/121", method="webauthn", hours=(13, 21), host="alice-mbp"),
    "bob": dict(country="DE", asn=3320, lat=52.52, lon=13.40, device="dev-bob-x1", ua="Mozilla/5.0 (X11; Linux) Firefox/122", method="sso", hours=(7, 15), host="bob-x1"),
    "carol": dict(country="SG", asn=4773, lat=1.35, lon=103.82, device="dev-carol-yk", ua="Mozilla/5.0 (Windows NT 10.0) Edge/121", method="webauthn", hours=(1, 9), host="carol-ws"),
}
HOT_DESTINATIONS = ["0x%040x" % random.getrandbits(160) for _ in range(6)]
WARM_ADDRESS = "0x%040x" % random.getrandbits(160)
COLD_SAFE = "0x%040x" % random.getrandbits(160)
FRESH = "0x%040x" % random.getrandbits(160)
FRESH_HOT = "0x%040x" % random.getrandbits(160)


def ts(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def nest(flat):
    root = {}
    for key, value in flat.items():
        if key == "@timestamp":
            root[key] = value
            continue
        parts = key.split(".")
        node = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return root


def emit(moment, fields):
    counter[0] += 1
    flat = {"@timestamp": ts(moment), "event.id": "evt-%05d" % counter[0]}
    flat.update(fields)
    events.append((moment, counter[0], flat))


def login(moment, user, **overrides):
    u = USERS[user]
    fields = {
        "event.category": "authentication", "event.action": "login", "event.outcome": "success",
        "user.name": user, "source.ip": "198.51.100.%d" % (10 + list(USERS).index(user)),
        "source.geo.country_iso_code": u["country"],
        "source.geo.location.lat": u["lat"], "source.geo.location.lon": u["lon"],
        "source.as.number": u["asn"], "user_agent.original": u["ua"],
        "custos.auth.method": u["method"], "custos.device.id": u["device"], "host.name": u["host"],
    }
    fields.update(overrides)
    emit(moment, fields)


def signing(moment, user, wallet, tier, balance, to, amount, request, **extra):
    fields = {
        "event.category": "api", "event.action": "signing.request", "event.outcome": "success",
        "user.name": user, "custos.request.id": request, "custos.wallet.id": wallet,
        "custos.wallet.tier": tier, "custos.wallet.balance_usd": balance, "custos.tx.chain": "ethereum",
        "custos.tx.to": to, "custos.tx.asset": "ETH", "custos.tx.amount_usd": round(amount, 2),
    }
    fields.update(extra)
    emit(moment, fields)


request_number = 0
cold_balance = 1_460_000_000.0
for day in range(29):
    date = START + timedelta(days=day)
    weekday = date.weekday() < 5
    for user, u in USERS.items():
        if not weekday and random.random() < 0.8:
            continue
        start_hour = random.randint(u["hours"][0], u["hours"][0] + 2)
        moment = date + timedelta(hours=start_hour, minutes=random.randint(0, 59))
        login(moment, user)
        emit(moment + timedelta(minutes=3), {
            "event.category": "process", "event.action": "exec", "user.name": user, "host.name": u["host"],
            "process.name": random.choice(["git", "ssh", "kubectl", "python3"]), "process.parent.name": "zsh",
            "process.command_line": "routine"})
        if user in ("alice", "bob") and weekday:
            emit(moment + timedelta(minutes=5), {
                "event.category": "api", "event.action": "wallet.view", "user.name": user,
                "custos.wallet.id": "hot-1", "custos.wallet.tier": "hot", "source.geo.country_iso_code": u["country"]})
            for n in range(random.randint(1, 3)):
                request_number += 1
                amount = random.lognormvariate(9.8, 0.7)
                signing(moment + timedelta(minutes=20 + 40 * n), user, "hot-1", "hot", 20_000_000,
                        random.choice(HOT_DESTINATIONS), amount, "req-%04d" % request_number)
    if day % 3 == 1:
        request_number += 1
        signing(date + timedelta(hours=5), "carol", "cold-1", "cold", cold_balance, WARM_ADDRESS,
                random.uniform(20e6, 50e6), "req-%04d" % request_number,
                **{"custos.tx.safe.operation": 0, "custos.tx.safe.to": WARM_ADDRESS})
    if day == 10:
        # Benign travel: bob logs in once from a hotel in France, same device.
        login(date + timedelta(hours=9), "bob", **{
            "source.geo.country_iso_code": "FR", "source.as.number": 5410,
            "source.geo.location.lat": 48.85, "source.geo.location.lon": 2.35})

# The attack (all after four weeks of history).
attack = datetime(2025, 2, 18, tzinfo=timezone.utc)
emit(attack + timedelta(hours=2, minutes=55), {
    "event.category": "process", "event.action": "exec", "user.name": "alice", "host.name": "alice-mbp",
    "process.name": "docker", "process.parent.name": "node", "process.command_line": "docker run recruiter/coding-test"})
login(attack + timedelta(hours=3, minutes=12), "alice", **{
    "source.ip": "203.0.113.77", "source.geo.country_iso_code": "RO", "source.as.number": 9009,
    "source.geo.location.lat": 44.43, "source.geo.location.lon": 26.10,
    "user_agent.original": "python-requests/2.31", "custos.auth.method": "session_cookie",
    "custos.device.id": "dev-9f3a1c"})
emit(attack + timedelta(hours=3, minutes=20), {
    "event.category": "api", "event.action": "wallet.share_backup_access", "user.name": "alice",
    "custos.wallet.id": "cold-1", "custos.wallet.tier": "cold", "custos.wallet.balance_usd": cold_balance,
    "source.geo.country_iso_code": "RO"})
emit(attack + timedelta(days=2, hours=4, minutes=5), {
    "event.category": "configuration", "event.action": "governance.threshold_changed", "user.name": "alice",
    "custos.governance.contract": COLD_SAFE, "custos.governance.old_value": "3",
    "custos.governance.new_value": "2", "custos.wallet.id": "cold-1"})
signing(attack + timedelta(days=3, hours=4, minutes=30), "alice", "cold-1", "cold", cold_balance, FRESH,
        0.96 * cold_balance, "req-drain-cold",
        **{"custos.tx.safe.operation": 1, "custos.tx.safe.to": FRESH})
signing(attack + timedelta(days=3, hours=4, minutes=35), "alice", "hot-1", "hot", 20_000_000, FRESH_HOT,
        18_500_000, "req-drain-hot")

events.sort(key=lambda item: (item[0], item[1]))
for index, (_, _, flat) in enumerate(events):
    print(json.dumps(nest(flat) if index % 2 == 0 else flat, separators=(",", ":")))
