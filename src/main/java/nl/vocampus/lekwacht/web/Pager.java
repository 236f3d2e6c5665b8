package nl.vocampus.lekwacht.web;

/** Page {@code number} (from 1) of {@code total}, with its neighbours for the previous/next links. */
public record Pager(int number, int total) {

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < total;
    }

    public int previous() {
        return number - 1;
    }

    public int next() {
        return number + 1;
    }
}
