/*
 * Writes the cells dumped by dump-xlsx-cells.py with libxlsxwriter alone, and prints how
 * long that took: the floor Liaison's XLSX renderer is compared against.
 *
 * Usage: xlsx-replay CELLS.tsv OUT.xlsx [RUNS]
 * The cells are read into memory first; only the workbook is timed (workbook_new to
 * workbook_close, the file written). Prints each run and the median in milliseconds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

typedef struct {
    char *sheet;
    lxw_row_t row;
    lxw_col_t column;
    char kind;
    char *text;
    double number;
} cell_t;

static char *unescape(char *text) {
    char *out = text;
    for (char *in = text; *in; in++) {
        if (*in == '\\' && in[1]) {
            in++;
            *out++ = *in == 't' ? '\t' : *in == 'n' ? '\n' : *in;
        } else {
            *out++ = *in;
        }
    }
    *out = '\0';
    return text;
}

static cell_t *read_cells(const char *path, size_t *count) {
    FILE *file = fopen(path, "r");
    if (!file) { perror(path); exit(1); }
    size_t capacity = 1024, used = 0;
    cell_t *cells = malloc(capacity * sizeof *cells);
    char *line = NULL;
    size_t length = 0;
    while (getline(&line, &length, file) > 0) {
        line[strcspn(line, "\n")] = '\0';
        char *fields[5];
        char *rest = line;
        for (int i = 0; i < 5; i++) fields[i] = strsep(&rest, "\t");
        if (!fields[4]) { fprintf(stderr, "%s: malformed line %zu\n", path, used + 1); exit(1); }
        if (used == capacity) cells = realloc(cells, (capacity *= 2) * sizeof *cells);
        cell_t *cell = &cells[used++];
        cell->sheet = strdup(unescape(fields[0]));
        cell->row = (lxw_row_t)strtoul(fields[1], NULL, 10);
        cell->column = (lxw_col_t)strtoul(fields[2], NULL, 10);
        cell->kind = fields[3][0];
        cell->text = strdup(unescape(fields[4]));
        cell->number = strtod(fields[4], NULL);
    }
    free(line);
    fclose(file);
    *count = used;
    return cells;
}

static double write_workbook(const cell_t *cells, size_t count, const char *out) {
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    lxw_workbook *workbook = workbook_new(out);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_worksheet *sheet = NULL;
    const char *sheet_name = "";
    for (size_t i = 0; i < count; i++) {
        const cell_t *cell = &cells[i];
        if (!sheet || strcmp(cell->sheet, sheet_name) != 0) {
            sheet = workbook_add_worksheet(workbook, cell->sheet);
            sheet_name = cell->sheet;
        }
        switch (cell->kind) {
        case 'n': worksheet_write_number(sheet, cell->row, cell->column, cell->number, NULL); break;
        case 'b': worksheet_write_boolean(sheet, cell->row, cell->column, (int)cell->number, NULL); break;
        case 'd': {
            lxw_datetime day = {0};
            sscanf(cell->text, "%d-%d-%d", &day.year, &day.month, &day.day);
            worksheet_write_datetime(sheet, cell->row, cell->column, &day, date);
            break;
        }
        default: worksheet_write_string(sheet, cell->row, cell->column, cell->text, NULL);
        }
    }
    lxw_error error = workbook_close(workbook);
    clock_gettime(CLOCK_MONOTONIC, &end);
    if (error) { fprintf(stderr, "libxlsxwriter: %s\n", lxw_strerror(error)); exit(1); }
    return (end.tv_sec - start.tv_sec) * 1e3 + (end.tv_nsec - start.tv_nsec) / 1e6;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: %s CELLS.tsv OUT.xlsx [RUNS]\n", argv[0]); return 2; }
    int runs = argc > 3 ? atoi(argv[3]) : 5;
    if (runs < 1) runs = 1;
    size_t count;
    cell_t *cells = read_cells(argv[1], &count);
    double *times = malloc(runs * sizeof *times);
    for (int run = 0; run < runs; run++) {
        times[run] = write_workbook(cells, count, argv[2]);
        printf("libxlsxwriter run %d: %.1f ms\n", run + 1, times[run]);
    }
    qsort(times, runs, sizeof *times, by_value);
    printf("libxlsxwriter: %zu cells, median %.1f ms\n", count, times[runs / 2]);
    return 0;
}
