# Independent reference for lib/analysis/case-crossover.ts (shared/specs/case-crossover.md).
#
# For one dataset directory written by export-fixtures.ts it
#   1. builds the case-crossover windows itself from the raw attack onsets, sessions and coverage
#      (rules 1-5: brute-force overlaps, local-calendar shifts via R's own time-zone code),
#   2. fits survival::clogit(case ~ hours + strata(attack)) on those strata (rule 6),
#   3. also fits the strata the TypeScript code built (strata_ts.csv) and checks both tables agree,
#   4. writes the expected numbers as JSON for the unit tests (which then need no R).
#
# Usage: Rscript clogit.R <dataset-dir> <name> <out.json>

suppressPackageStartupMessages(library(survival))

args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]; name <- args[2]; out <- args[3]
TZ <- "Europe/Berlin"
H <- 3600 * 1000 # one hour in ms

attacks <- read.csv(file.path(dir, "attacks.csv"), colClasses = c("character", "numeric"))
sessions <- read.csv(file.path(dir, "sessions.csv"))
coverage <- read.csv(file.path(dir, "coverage.csv"))

# Total overlap in ms of the intervals with [a, b): deliberately the naive sum over every interval.
overlap <- function(iv, a, b) sum(pmax(0, pmin(iv$end_ms, b) - pmax(iv$start_ms, a)))
usable <- function(t) overlap(coverage, t - 6 * H, t - 1 * H) >= 0.9 * 5 * H
exposure <- function(t) overlap(sessions, t - 6 * H, t - 1 * H) / H

onsets <- sort(attacks$start_ms)
ord <- order(attacks$start_ms)
rows <- list()
strata_json <- character(0)
for (i in ord) {
  t <- attacks$start_ms[i]
  id <- attacks$id[i]
  if (!usable(t)) next
  whole <- floor(t / 1000)
  local <- as.POSIXlt(as.POSIXct(whole, origin = "1970-01-01", tz = "UTC"), tz = TZ)
  day <- as.Date(format(local, "%Y-%m-%d"))
  clock <- format(local, "%H:%M:%S")
  ref_hours <- numeric(0)
  for (k in c(-28, -21, -14, -7, 7, 14, 21, 28)) {
    rday <- day + k
    if (format(rday, "%Y-%m") != format(day, "%Y-%m")) next
    r <- as.numeric(as.POSIXct(paste(format(rday), clock), tz = TZ, format = "%Y-%m-%d %H:%M:%S")) * 1000 +
      (t - whole * 1000)
    if (any(onsets >= r - 48 * H & onsets < r + 24 * H)) next
    if (!usable(r)) next
    ref_hours <- c(ref_hours, exposure(r))
  }
  if (length(ref_hours) == 0) next
  x0 <- exposure(t)
  rows[[length(rows) + 1]] <- data.frame(attack = id, case = c(1, rep(0, length(ref_hours))), hours = c(x0, ref_hours))
  strata_json <- c(strata_json, sprintf('{"id":"%s","hazardHours":%.17g,"referentHours":[%s]}',
    id, x0, paste(sprintf("%.17g", ref_hours), collapse = ",")))
}
d <- do.call(rbind, rows)

fit_clogit <- function(data) {
  # Tight tolerance so the comparison measures the method, not where coxph happened to stop.
  fit <- clogit(case ~ hours + strata(attack), data = data, method = "exact",
                control = coxph.control(eps = 1e-14, toler.chol = 1e-15, iter.max = 100))
  list(coef = unname(coef(fit)), se = unname(sqrt(diag(vcov(fit)))), loglik = fit$loglik[2])
}
num <- function(x) sprintf("%.17g", x)

# The TypeScript strata must be the same windows with the same hours.
ts <- read.csv(file.path(dir, "strata_ts.csv"), colClasses = c("character", "numeric", "numeric"))
same_rows <- nrow(ts) == nrow(d) && all(ts$attack == d$attack) && all(ts$case == d$case)
max_hours_diff <- if (same_rows) max(abs(ts$hours - d$hours)) else NA
if (!same_rows || max_hours_diff > 1e-9) {
  warning(sprintf("%s: TypeScript strata differ from R's (same rows: %s, max diff %s)", name, same_rows, max_hours_diff))
}

r_fit <- fit_clogit(d)
ts_fit <- fit_clogit(ts)
default_fit <- clogit(case ~ hours + strata(attack), data = d) # defaults, to show the method matches
z <- 1.959964
ci <- exp(r_fit$coef + c(-1, 1) * z * r_fit$se)
usable_attacks <- length(unique(d$attack))
control_windows <- sum(d$case == 0)

json <- paste0("{\n",
  '  "dataset": "', name, '",\n',
  '  "r": {"version": "', R.version$version.string, '", "survival": "', packageVersion("survival"), '"},\n',
  '  "model": "survival::clogit(case ~ hours + strata(attack), method = \\"exact\\")",\n',
  '  "usableAttacks": ', usable_attacks, ",\n",
  '  "controlWindows": ', control_windows, ",\n",
  '  "coef": ', num(r_fit$coef), ",\n",
  '  "se": ', num(r_fit$se), ",\n",
  '  "loglik": ', num(r_fit$loglik), ",\n",
  '  "oddsRatio": ', num(exp(r_fit$coef)), ",\n",
  '  "ci95": [', num(ci[1]), ", ", num(ci[2]), "],\n",
  '  "coefDefaultControl": ', num(unname(coef(default_fit))), ",\n",
  '  "coefOnTypeScriptStrata": ', num(ts_fit$coef), ",\n",
  '  "strataMatchTypeScript": ', tolower(as.character(same_rows)), ",\n",
  '  "strataMaxHoursDiff": ', num(max_hours_diff), ",\n",
  '  "strata": [\n    ', paste(strata_json, collapse = ",\n    "), "\n  ]\n}\n")
writeLines(json, out, sep = "")
cat(sprintf("%s: %d strata, %d controls, coef %.10g, se %.10g, OR %.8g [%.8g, %.8g]; strata match TS: %s (max diff %g)\n",
  name, usable_attacks, control_windows, r_fit$coef, r_fit$se, exp(r_fit$coef), ci[1], ci[2], same_rows, max_hours_diff))
