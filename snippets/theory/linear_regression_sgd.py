"""Fit y = Xw + b by minibatch SGD written out by hand, on synthetic data."""
import torch

torch.manual_seed(0)
true_w, true_b = torch.tensor([2.0, -3.4]), 4.2
X = torch.randn(1000, 2)
y = X @ true_w + true_b + 0.01 * torch.randn(1000)  # linear model plus small noise

w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr, num_epochs, batch_size = 0.03, 3, 10

for epoch in range(num_epochs):
    for i in range(0, len(X), batch_size):
        X_batch, y_batch = X[i : i + batch_size], y[i : i + batch_size]
        y_hat = X_batch @ w + b
        loss = ((y_hat - y_batch) ** 2 / 2).mean()  # mean of l^(i) over the batch
        loss.backward()
        with torch.no_grad():  # the update rule: w <- w - lr * gradient of the mean loss
            w -= lr * w.grad
            b -= lr * b.grad
            w.grad.zero_()
            b.grad.zero_()
    with torch.no_grad():
        train_loss = ((X @ w + b - y) ** 2 / 2).mean()
    print(f"epoch {epoch + 1}, loss {train_loss:.6f}")

print("w:", w.detach().numpy().round(3), "b:", b.detach().numpy().round(3))
