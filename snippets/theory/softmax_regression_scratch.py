"""Softmax regression on the digits from scratch: stable log-softmax, cross-entropy, SGD."""
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

X, y = load_digits(return_X_y=True)  # 1797 images of 8x8 pixels, values 0..16
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=0, stratify=y)  # the same split on every run
# pixels 0..16 -> [0, 1]
X_train, X_test = (torch.tensor(a, dtype=torch.float32) / 16 for a in (X_train, X_test))
y_train, y_test = torch.tensor(y_train), torch.tensor(y_test)
print("test images per class:", torch.bincount(y_test).tolist())  # stratify=y: each class keeps its share


def log_softmax(O):
    O = O - O.max(dim=1, keepdim=True).values  # subtract each row's maximum
    return O - O.exp().sum(dim=1, keepdim=True).log()  # o_j - log sum_k exp(o_k)


torch.manual_seed(0)
W = torch.normal(0, 0.01, size=(10, 64), requires_grad=True)  # q x d, like nn.Linear's weight
b = torch.zeros(10, requires_grad=True)
lr, num_epochs, batch_size = 1.0, 20, 128

for epoch in range(num_epochs):
    order = torch.randperm(len(X_train))  # reshuffle every epoch
    for i in range(0, len(X_train), batch_size):
        batch = order[i : i + batch_size]
        log_probs = log_softmax(X_train[batch] @ W.T + b)
        loss = -log_probs[torch.arange(len(batch)), y_train[batch]].mean()  # (1)!
        loss.backward()
        with torch.no_grad():
            W -= lr * W.grad
            b -= lr * b.grad
            W.grad.zero_()
            b.grad.zero_()
    if (epoch + 1) % 5 == 0:
        with torch.no_grad():
            train_loss = -log_softmax(X_train @ W.T + b)[torch.arange(len(X_train)), y_train].mean()
        print(f"epoch {epoch + 1}, loss {train_loss:.4f}")

with torch.no_grad():
    test_acc = ((X_test @ W.T + b).argmax(dim=1) == y_test).float().mean().item()
print(f"test accuracy {test_acc:.4f} on {len(y_test)} images")
assert test_acc > 0.93
