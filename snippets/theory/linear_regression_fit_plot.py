"""Train as in linear_regression_scratch.py, then plot the fit, the residuals and the loss curve."""
import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
true_w, true_b, sigma = torch.tensor([1.5, -2.0]), 0.8, 0.1
X = torch.randn(1000, 2)
y = X @ true_w + true_b + sigma * torch.randn(1000)

w = torch.normal(0, 0.01, size=(2,), requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr, num_epochs, batch_size = 0.03, 3, 10
batch_losses, epoch_losses = [], []  # L_B of every step, L after every epoch
for epoch in range(num_epochs):
    order = torch.randperm(len(X))
    for i in range(0, len(X), batch_size):
        batch = order[i : i + batch_size]
        loss = ((X[batch] @ w + b - y[batch]) ** 2 / 2).mean()
        loss.backward()
        batch_losses.append(loss.item())
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
            w.grad.zero_()
            b.grad.zero_()
    with torch.no_grad():
        epoch_losses.append(((X @ w + b - y) ** 2 / 2).mean().item())
w, b = w.detach(), b.item()

fig, axes = plt.subplots(2, 2, figsize=(9, 6.4), layout="constrained")
line = torch.linspace(-3.5, 3.5, 2)
for j, ax in enumerate(axes[0]):  # y against one feature, the other feature's part removed
    k = 1 - j
    ax.scatter(X[:, j], y - w[k] * X[:, k], s=4, alpha=0.4, label="data", rasterized=True)
    ax.plot(line, w[j] * line + b, color="C3", lw=1,
            label=rf"fit: ${w[j]:.3f}\, x_{j + 1} + {b:.3f}$")
    ax.set_xlabel(rf"$x_{j + 1}$")
    ax.set_ylabel(rf"$y - \hat{{w}}_{k + 1} x_{k + 1}$")
    ax.legend(loc="upper left" if w[j] > 0 else "upper right")
    ax.grid(alpha=0.3)

residuals = y - (X @ w + b)  # should look like the noise: normal, mean 0, std sigma
grid = torch.linspace(-0.4, 0.4, 200)
axes[1, 0].hist(residuals, bins=40, density=True, alpha=0.6, label="residuals")
axes[1, 0].plot(grid, torch.distributions.Normal(0, sigma).log_prob(grid).exp(), color="C3",
                label=rf"$\mathcal{{N}}(0, \sigma^2)$, $\sigma = {sigma}$")
axes[1, 0].set_xlabel(r"residual $y - \hat{y}$")
axes[1, 0].set_ylabel("density")
axes[1, 0].legend(loc="upper left")

steps = len(X) // batch_size  # SGD steps per epoch
axes[1, 1].plot(range(1, len(batch_losses) + 1), batch_losses, lw=0.8,
                label=r"minibatch loss $L_\mathcal{B}$")
axes[1, 1].plot([steps * (e + 1) for e in range(num_epochs)], epoch_losses, "o-",
                label="loss on all data $L$")
axes[1, 1].axhline(sigma**2 / 2, color="gray", ls="--", label=r"noise level $\sigma^2 / 2$")
axes[1, 1].set_yscale("log")
axes[1, 1].set_xlabel("SGD step")
axes[1, 1].set_ylabel("loss")
axes[1, 1].legend()
axes[1, 1].grid(alpha=0.3)
