# Reads a newstables package in R the way the README shows, checks it with testthat, and writes
# what it read as JSON so that tests/test_r.py can compare it with what Python reads.
#
# Usage: Rscript tests/r/check_package.R PACKAGE_DIR README_SNIPPET.R OUT.json
# The README snippet defines read_newstables() (and runs its own example from the working
# directory, which is the repository root).
suppressPackageStartupMessages({
  library(jsonlite)
  library(readr)
  library(testthat)
})

args <- commandArgs(trailingOnly = TRUE)
stopifnot(length(args) == 3)
package_dir <- args[[1]]
source(args[[2]])
stopifnot(exists("read_newstables"))

descriptor <- fromJSON(file.path(package_dir, "datapackage.json"), simplifyVector = FALSE)
tables <- read_newstables(package_dir)
csv_resources <- Filter(function(r) identical(r$format, "csv"), descriptor$resources)
expected_class <- c(string = "character", integer = "integer", number = "numeric",
                    boolean = "logical", date = "Date")

report <- list(tables = list())
for (resource in csv_resources) {
  name <- resource$name
  frame <- tables[[name]]
  fields <- resource$schema$fields
  test_that(paste(name, "has the schema's columns, in order, with the schema's types"), {
    expect_equal(names(frame), vapply(fields, function(f) f$name, ""))
    for (field in fields) {
      wanted <- if (!is.null(field$constraints$enum)) "factor" else expected_class[[field$type]]
      expect_true(inherits(frame[[field$name]], wanted), info = paste(name, field$name))
    }
  })
  key <- unlist(resource$schema$primaryKey)
  keys <- do.call(paste, c(unname(as.list(frame[key])), sep = "\r"))
  test_that(paste(name, "has a unique, complete primary key"), {
    expect_false(any(duplicated(keys)))
    expect_false(any(is.na(frame[key])))
  })
  character_columns <- Filter(is.character, as.list(frame))
  report$tables[[name]] <- list(
    rows = nrow(frame),
    unique_keys = length(unique(keys)),
    na_strings = sum(vapply(character_columns, function(x) sum(x == "NA", na.rm = TRUE), 0)),
    missing = sum(is.na(frame)),
    classes = lapply(as.list(frame), function(x) class(x)[[1]])
  )
}

# Quotes joined to the actors who said them: the pairs R finds, for Python to compare.
said <- merge(tables$quotes, tables$actors, by.x = "speaker_id", by.y = "actor_id")
report$quote_speakers <- I(sort(paste(said$quote_id, said$name, sep = "|")))

write_json(report, args[[3]], auto_unbox = TRUE, pretty = TRUE)
