"""TF-IDF + logistic regression baseline for bench/classifier (scikit-learn; benchmark only, never the product).

usage: python3 baseline_tfidf.py TRAIN_DIR TEST_DIR...
Each DIR holds one sub-folder per category with .txt documents. Trains once on TRAIN_DIR, then prints
one JSON object per TEST_DIR, one per line, in the order given.
"""
import json
import pathlib
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score


def read(folder):
    texts, labels = [], []
    for category in sorted(p for p in pathlib.Path(folder).iterdir() if p.is_dir()):
        for document in sorted(category.rglob("*.txt")):
            texts.append(document.read_text(encoding="utf-8", errors="replace"))
            labels.append(category.name)
    return texts, labels


def main(train_dir, test_dirs):
    train_texts, train_labels = read(train_dir)
    vectoriser = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=2)
    model = LogisticRegression(max_iter=2000, C=10.0)
    model.fit(vectoriser.fit_transform(train_texts), train_labels)
    for test_dir in test_dirs:
        test_texts, test_labels = read(test_dir)
        predicted = model.predict(vectoriser.transform(test_texts))
        print(json.dumps({
            "data": test_dir,
            "documents": len(test_labels),
            "accuracy": round(accuracy_score(test_labels, predicted), 4),
            # over the categories that are true or predicted for some document, as Docket's evaluate counts them
            "macroF1": round(f1_score(test_labels, predicted, average="macro"), 4),
        }))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
