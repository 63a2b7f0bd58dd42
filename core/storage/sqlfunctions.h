#pragma once

#include <QSqlDatabase>

// SQL functions Donation Desk adds to each SQLite connection, so that aggregation and filtering
// happen in SQL with exactly the rules the C++ code uses:
//   dd_sum(units)        exact sum of amounts stored as 64-bit integers or as digit text
//                        (amounts beyond 64 bits); an INTEGER when it fits, TEXT otherwise.
//                        SQLite's own sum() would fail with "integer overflow".
//   dd_record_state(status, donated_at, record_date, paid_at, reversed_at, as_of)
//                        'pre-record', 'post-record', 'reversed' or 'none' (Record::stateAsOf).
//   dd_contains(text, needle)  1 when text contains needle, ignoring case (Unicode-aware).
namespace SqlFunctions {

bool install(QSqlDatabase &db, QString *error);

} // namespace SqlFunctions
